<#import "template.ftl" as layout>
<#import "help.ftl" as help>
<@layout.emailLayout>
<p>${msg("mailHello", firstName)}</p>
<p>${msg("joinExpiredIntro", provider, reference)}</p>
<@help.signature/>
</@layout.emailLayout>
