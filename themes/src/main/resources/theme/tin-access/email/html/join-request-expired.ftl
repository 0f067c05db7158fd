<#import "template.ftl" as layout>
<@layout.emailLayout>
<p>${msg("mailHello", firstName)}</p>
<p>${msg("joinExpiredIntro", provider, reference)}</p>
<p>${msg("emailSignature")}</p>
</@layout.emailLayout>
