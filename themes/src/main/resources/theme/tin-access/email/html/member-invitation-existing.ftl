<#import "template.ftl" as layout>
<@layout.emailLayout>
<p>${msg("mailHello", firstName)}</p>
<p>${msg("memberInvitationExistingIntro", adminName, provider, realmName)}</p>
<p>${msg("memberInvitationExistingAccept")}</p>
<p><a id="open-my-tax-ids" href="${consoleUrl}">${msg("memberInvitationExistingButton")}</a></p>
<p>${msg("memberInvitationExistingIgnore")}</p>
<p>${msg("emailSignature")}</p>
</@layout.emailLayout>
