<#import "template.ftl" as layout>
<#import "help.ftl" as help>
<@layout.emailLayout>
<p>${msg("mailHello", firstName)}</p>
<p id="client-grant-status">${msg("clientGrantStatus_" + status, client, entitlements)}</p>
<#if note?has_content><p>${msg("clientGrantNote")} ${note}</p></#if>
<@help.signature/>
</@layout.emailLayout>
