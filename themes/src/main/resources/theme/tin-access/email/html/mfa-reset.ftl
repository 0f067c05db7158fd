<#import "template.ftl" as layout>
<#import "help.ftl" as help>
<@layout.emailLayout>
<p>${msg("mailHello", firstName)}</p>
<p>${msg("mfaResetIntro", adminName, realmName)}</p>
<p>${msg("mfaResetNext")}</p>
<@help.signature/>
</@layout.emailLayout>
