<#import "template.ftl" as layout>
<#import "help.ftl" as help>
<@layout.emailLayout>
<p>${msg("mailHello", firstName)}</p>
<p>${msg("adminRequestApprovedIntro", realmName, reference)}</p>
<ul><#list tins as tin><li>${tin}</li></#list></ul>
<p>${msg("adminRequestApprovedActivate")}</p>
<p><a id="activate-account" href="${link}" style="display:inline-block;padding:10px 18px;background:#0b5394;color:#ffffff;text-decoration:none;border-radius:4px;font-weight:bold">${msg("activateAccountButton")}</a></p>
<p>${msg("adminRequestApprovedExpiry", expiryDays)}</p>
<@help.signature/>
</@layout.emailLayout>
