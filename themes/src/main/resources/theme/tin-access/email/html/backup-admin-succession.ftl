<#import "template.ftl" as layout>
<#import "help.ftl" as help>
<@layout.emailLayout>
<p>${msg("mailHello", firstName)}</p>
<p>${msg("backupAdminSuccessionIntro", newAdminName, provider, realmName)}</p>
<p>${msg("backupAdminContact")}</p>
<@help.signature/>
</@layout.emailLayout>
