<#import "template.ftl" as layout>
<@layout.emailLayout>
<p>${msg("mailHello", firstName)}</p>
<p>${msg("mfaResetIntro", adminName, realmName)}</p>
<p>${msg("mfaResetNext")}</p>
<p>${msg("emailSignature")}</p>
</@layout.emailLayout>
