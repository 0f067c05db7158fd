<#import "template.ftl" as layout>
<@layout.emailLayout>
<p>${msg("mailHello", firstName)}</p>
<p>${msg("memberAddedIntro", adminName, provider, realmName)}</p>
<p>${msg("emailSignature")}</p>
</@layout.emailLayout>
