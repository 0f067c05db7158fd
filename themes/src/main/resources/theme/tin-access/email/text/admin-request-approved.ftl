<#ftl output_format="plainText">
<#import "help.ftl" as help>
${msg("mailHello", firstName)}

${msg("adminRequestApprovedIntro", realmName, reference)}
<#list tins as tin>
- ${tin}
</#list>

${msg("adminRequestApprovedActivate")}
${msg("activateAccountButton")}: ${link}

${msg("adminRequestApprovedExpiry", expiryDays)}

<@help.signature/>
