<#import "template.ftl" as layout>
<#import "help.ftl" as help>
<@layout.emailLayout>
<p>${msg("mailHello", firstName)}</p>
<p>${msg("adminRequestReceivedIntro", realmName)}</p>
<p>${msg("mailReference")} <strong>${reference}</strong></p>
<p>${msg("mailTinsRequested")}</p>
<ul><#list tins as tin><li>${tin.tin}: ${msg("mailOutcome_" + tin.outcome, reviewTime)}</li></#list></ul>
<#if pinLink?has_content>
<p>${msg("adminRequestReceivedPin")}</p>
<p><a href="${pinLink}">${msg("adminRequestReceivedPinLink")}</a></p>
</#if>
<p>${msg("adminRequestReceivedNext")}</p>
<p>${msg("adminRequestReceivedFirstWins")}</p>
<@help.signature/>
</@layout.emailLayout>
