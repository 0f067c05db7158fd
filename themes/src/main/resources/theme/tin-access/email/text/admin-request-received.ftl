<#ftl output_format="plainText">
${msg("mailHello", firstName)}

${msg("adminRequestReceivedIntro", realmName)}

${msg("mailReference")} ${reference}

${msg("mailTinsRequested")}
<#list tins as tin>
- ${tin}
</#list>

${msg("adminRequestReceivedNext", reviewTime)}
${msg("adminRequestReceivedFirstWins")}

${msg("emailSignature")}
