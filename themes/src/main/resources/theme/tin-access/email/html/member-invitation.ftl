<#import "template.ftl" as layout>
<#import "help.ftl" as help>
<@layout.emailLayout>
<p>${msg("mailHello", firstName)}</p>
<p>${msg("memberInvitationIntro", adminName, provider, realmName)}</p>
<p>${msg("memberInvitationActivate")}</p>
<p><a id="activate-account" href="${link}" style="display:inline-block;padding:10px 18px;background:#0b5394;color:#ffffff;text-decoration:none;border-radius:4px;font-weight:bold">${msg("activateAccountButton")}</a></p>
<p>${msg("adminRequestApprovedExpiry", expiryDays)}</p>
<@help.signature/>
</@layout.emailLayout>
