<#import "template.ftl" as layout>
<@layout.emailLayout>
<p>${msg("mailHello", firstName)}</p>
<p>${msg("adminTransferredIntro", provider, realmName)}</p>
<p>${msg("emailSignature")}</p>
</@layout.emailLayout>
