<#import "template.ftl" as layout>
<#import "help.ftl" as help>
<@layout.emailLayout>
<p>${msg("mailHello", firstName)}</p>
<p>${msg("adminRequestTinAddedIntro", realmName, reference)}</p>
<ul><#list tins as tin><li>${tin}</li></#list></ul>
<p>${msg(accepted?then("adminRequestTinAddedActive", "adminRequestTinAddedSignIn"))}</p>
<@help.signature/>
</@layout.emailLayout>
