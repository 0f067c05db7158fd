<#import "template.ftl" as layout>
<#import "help.ftl" as help>
<@layout.emailLayout>
<p>${msg("mailHello", firstName)}</p>
<p>${msg("adminReplacedIntro", provider, realmName, newAdminName)}</p>
<p>${msg("adminReplacedContact")}</p>
<@help.signature/>
</@layout.emailLayout>
