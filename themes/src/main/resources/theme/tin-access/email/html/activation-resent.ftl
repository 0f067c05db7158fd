<#import "template.ftl" as layout>
<#import "help.ftl" as help>
<@layout.emailLayout>
<p>${msg("mailHello", firstName)}</p>
<p>${msg("activationResentIntro", realmName)}</p>
<p><a id="activate-account" href="${link}">${msg("activationResentButton")}</a></p>
<p>${msg("activationResentValid", expiryDate)}</p>
<p>${msg("activationResentNotYou")}</p>
<@help.signature/>
</@layout.emailLayout>
