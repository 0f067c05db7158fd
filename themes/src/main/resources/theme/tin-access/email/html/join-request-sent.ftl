<#import "template.ftl" as layout>
<#import "help.ftl" as help>
<@layout.emailLayout>
<p>${msg("mailHello", firstName)}</p>
<p>${msg("joinSentIntro", provider, reference)}</p>
<p>${msg("joinSentNext", deadline)}</p>
<p>${msg("joinSentNotYou")}</p>
<@help.signature/>
</@layout.emailLayout>
