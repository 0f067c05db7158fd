<#import "template.ftl" as layout>
<#import "help.ftl" as help>
<@layout.emailLayout>
<p>${msg("mailHello", firstName)}</p>
<p>${msg("joinDeniedIntro", provider, reference)}</p>
<#if note?has_content><p>${msg("joinDeniedNote")} ${note}</p></#if>
<@help.signature/>
</@layout.emailLayout>
