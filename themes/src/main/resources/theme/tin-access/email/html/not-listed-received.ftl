<#import "template.ftl" as layout>
<#import "help.ftl" as help>
<@layout.emailLayout>
<p>${msg("mailHello", firstName)}</p>
<p>${msg("notListedReceivedIntro", organization)}</p>
<p>${msg("mailReference")} <strong>${reference}</strong></p>
<p>${msg("notListedReceivedNext")}</p>
<@help.signature/>
</@layout.emailLayout>
