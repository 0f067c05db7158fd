<#import "template.ftl" as layout>
<#import "help.ftl" as help>
<@layout.emailLayout>
<p>${msg("mailHello", firstName)}</p>
<p>${msg("memberInvitationExistingIntro", adminName, provider, realmName)}</p>
<p>${msg("memberInvitationExistingAccept")}</p>
<p><a id="open-my-tax-ids" href="${consoleUrl}">${msg("memberInvitationExistingButton")}</a></p>
<p>${msg("memberInvitationExistingIgnore")}</p>
<@help.signature/>
</@layout.emailLayout>
