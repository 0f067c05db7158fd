<#import "template.ftl" as layout>
<@layout.emailLayout>
<p>${msg("mailHello", firstName)}</p>
<p>${msg("mfaRecoveredIntro", realmName)}</p>
<p>${msg("mfaRecoveredNext")}</p>
<p>${msg("emailSignature")}</p>
</@layout.emailLayout>
