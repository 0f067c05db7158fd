<#import "template.ftl" as layout>
<@layout.emailLayout>
<p>${msg("mailHello", firstName)}</p>
<p>${msg("adminRequestTinAddedIntro", realmName, reference)}</p>
<ul><#list tins as tin><li>${tin}</li></#list></ul>
<p>${msg("adminRequestTinAddedSignIn")}</p>
<p>${msg("emailSignature")}</p>
</@layout.emailLayout>
