<#import "template.ftl" as layout>
<@layout.emailLayout>
<p>${msg("mailHello", firstName)}</p>
<p>${msg("adminReplacedIntro", provider, realmName, newAdminName)}</p>
<p>${msg("adminReplacedContact")}</p>
<p>${msg("emailSignature")}</p>
</@layout.emailLayout>
