<#ftl output_format="plainText">
${msg("mailHello", firstName)}

${msg("adminRequestApprovedIntro", realmName, reference)}
<#list tins as tin>
- ${tin}
</#list>

${msg("adminRequestApprovedActivate")}
${msg("activateAccountButton")}: ${link}

${msg("adminRequestApprovedExpiry", expiryDays)}

${msg("emailSignature")}
