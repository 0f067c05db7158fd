<#import "template.ftl" as layout>
<#import "help.ftl" as help>
<@layout.emailLayout>
<p>${msg("mailHello", firstName)}</p>
<#if self>
<p>${msg("helpDeskScheduledSelf", realmName, due)}</p>
<#else>
<p>${msg("helpDeskScheduledOther", personName, realmName, due)}</p>
</#if>
<p>${msg("helpDeskScheduledStop")}</p>
<p><a id="open-my-tax-ids" href="${consoleUrl}">${msg("memberInvitationExistingButton")}</a></p>
<@help.signature/>
</@layout.emailLayout>
