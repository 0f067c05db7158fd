<#ftl output_format="plainText">
<#import "help.ftl" as help>
${msg("mailHello", firstName)}

${msg("adminRequestTinAddedIntro", realmName, reference)}
<#list tins as tin>
- ${tin}
</#list>

${msg(accepted?then("adminRequestTinAddedActive", "adminRequestTinAddedSignIn"))}

<@help.signature/>
