<#import "template.ftl" as layout>
<#import "help.ftl" as help>
<@layout.emailLayout>
<p>${msg("mailHello", firstName)}</p>
<p>${msg("mfaRecoveredIntro", realmName)}</p>
<p>${msg("mfaRecoveredNext")}</p>
<@help.signature/>
</@layout.emailLayout>
