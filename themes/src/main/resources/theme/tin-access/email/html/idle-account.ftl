<#import "template.ftl" as layout>
<#import "help.ftl" as help>
<@layout.emailLayout>
<p>${msg("mailHello", firstName)}</p>
<#if suspended>
<p>${msg("idleSuspended", realmName, days)}</p>
<#else>
<p>${msg("idleWarning", realmName, due)}</p>
</#if>
<@help.signature/>
</@layout.emailLayout>
