<#ftl output_format="plainText">
<#import "help.ftl" as help>
${msg("mailHello", firstName)}

${msg("adminRequestDeniedIntro", realmName, reference)}
<#list denials as denial>
- ${denial.tin}: ${msg(denial.reasonKey)}<#if denial.note?has_content> ${denial.note}</#if>
</#list>

${msg("adminRequestDeniedHelp")}

<@help.signature/>
