<#import "template.ftl" as layout>
<#import "help.ftl" as help>
<@layout.emailLayout>
<p>${msg("mailHello", adminFirstName)}</p>
<p>${msg("joinExpiredAdminIntro", requester, provider, reference)}</p>
<@help.signature/>
</@layout.emailLayout>
