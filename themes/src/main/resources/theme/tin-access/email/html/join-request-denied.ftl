<#import "template.ftl" as layout>
<@layout.emailLayout>
<p>${msg("mailHello", firstName)}</p>
<p>${msg("joinDeniedIntro", provider, reference)}</p>
<#if note?has_content><p>${msg("joinDeniedNote")} ${note}</p></#if>
<p>${msg("emailSignature")}</p>
</@layout.emailLayout>
