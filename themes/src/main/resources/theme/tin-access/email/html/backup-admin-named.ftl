<#import "template.ftl" as layout>
<#import "help.ftl" as help>
<@layout.emailLayout>
<p>${msg("mailHello", firstName)}</p>
<p>${msg("backupAdminNamedIntro", adminName, provider, realmName)}</p>
<p>${msg("backupAdminNamedWhat")}</p>
<p>${msg("backupAdminNamedAccept")}</p>
<p><a id="open-my-tax-ids" href="${consoleUrl}">${msg("memberInvitationExistingButton")}</a></p>
<p>${msg("backupAdminContact")}</p>
<@help.signature/>
</@layout.emailLayout>
