<#ftl output_format="plainText">
<#import "help.ftl" as help>
${msg("mailHello", firstName)}

${msg("clientGrantStatus_" + status, client, entitlements)}
<#if note?has_content>
${msg("clientGrantNote")} ${note}
</#if>

<@help.signature/>
