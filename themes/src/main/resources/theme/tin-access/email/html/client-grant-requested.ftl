<#import "template.ftl" as layout>
<#import "help.ftl" as help>
<@layout.emailLayout>
<p>${msg("mailHello", firstName)}</p>
<p>${msg("clientGrantRequestedIntro", service, provider, realmName)}</p>
<p>${msg("clientGrantRequestedDecide")}</p>
<p><a id="open-client-grants" href="${consoleUrl}">${msg("clientGrantRequestedButton")}</a></p>
<p>${msg("clientGrantRequestedIgnore")}</p>
<@help.signature/>
</@layout.emailLayout>
