<#import "template.ftl" as layout>
<#import "help.ftl" as help>
<@layout.emailLayout>
<p>${msg("mailHello", firstName)}</p>
<p>${msg("helpDeskCodeIntro", realmName)}</p>
<p><strong id="help-desk-code">${code}</strong></p>
<p>${msg("helpDeskCodeHow", minutes)}</p>
<p>${msg("helpDeskCodeNotYou")}</p>
<@help.signature/>
</@layout.emailLayout>
