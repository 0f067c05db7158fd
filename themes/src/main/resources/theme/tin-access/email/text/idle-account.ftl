<#ftl output_format="plainText">
<#import "help.ftl" as help>
${msg("mailHello", firstName)}

<#if suspended>${msg("idleSuspended", realmName, days)}<#else>${msg("idleWarning", realmName, due)}</#if>

<@help.signature/>
