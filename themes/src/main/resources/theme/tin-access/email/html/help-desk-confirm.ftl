<#import "template.ftl" as layout>
<#import "help.ftl" as help>
<@layout.emailLayout>
<p>${msg("mailHello", firstName)}</p>
<p>${msg("helpDeskConfirmIntro", personName, provider, realmName)}</p>
<p>${msg("helpDeskConfirmHow")}</p>
<p><a id="open-my-tax-ids" href="${consoleUrl}">${msg("memberInvitationExistingButton")}</a></p>
<p>${msg("helpDeskConfirmUnsure")}</p>
<@help.signature/>
</@layout.emailLayout>
