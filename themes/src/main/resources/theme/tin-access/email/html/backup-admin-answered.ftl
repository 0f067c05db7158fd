<#import "template.ftl" as layout>
<#import "help.ftl" as help>
<@layout.emailLayout>
<p>${msg("mailHello", firstName)}</p>
<p>${msg(agreed?then("backupAdminAgreedIntro", "backupAdminDeclinedIntro"), personName, provider, realmName)}</p>
<@help.signature/>
</@layout.emailLayout>
