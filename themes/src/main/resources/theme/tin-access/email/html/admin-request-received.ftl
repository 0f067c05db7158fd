<#import "template.ftl" as layout>
<@layout.emailLayout>
<p>${msg("mailHello", firstName)}</p>
<p>${msg("adminRequestReceivedIntro", realmName)}</p>
<p>${msg("mailReference")} <strong>${reference}</strong></p>
<p>${msg("mailTinsRequested")}</p>
<ul><#list tins as tin><li>${tin}</li></#list></ul>
<p>${msg("adminRequestReceivedNext", reviewTime)}</p>
<p>${msg("adminRequestReceivedFirstWins")}</p>
<p>${msg("emailSignature")}</p>
</@layout.emailLayout>
