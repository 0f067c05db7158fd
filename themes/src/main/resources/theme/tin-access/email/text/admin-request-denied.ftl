<#ftl output_format="plainText">
${msg("mailHello", firstName)}

${msg("adminRequestDeniedIntro", realmName, reference)}
<#list denials as denial>
- ${denial.tin}: ${msg(denial.reasonKey)}<#if denial.note?has_content> ${denial.note}</#if>
</#list>

${msg("adminRequestDeniedHelp")}

${msg("emailSignature")}
