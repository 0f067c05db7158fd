<#ftl output_format="plainText">
${msg("mailHello", firstName)}

${msg("adminRequestTinAddedIntro", realmName, reference)}
<#list tins as tin>
- ${tin}
</#list>

${msg("adminRequestTinAddedSignIn")}

${msg("emailSignature")}
