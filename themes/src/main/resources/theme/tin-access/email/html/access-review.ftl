<#import "template.ftl" as layout>
<#import "help.ftl" as help>
<@layout.emailLayout>
<p>${msg("mailHello", firstName)}</p>
<#if stage == "started">
<p>${msg("accessReviewStarted", provider, tin, due, count)}</p>
<p>${msg("accessReviewWhy")}</p>
<p>${msg("accessReviewHow")}</p>
<#elseif stage == "reminder">
<p>${msg("accessReviewReminder", provider, tin, due, count)}</p>
<p>${msg("accessReviewHow")}</p>
<#else>
<#if count == 0>
<p>${msg("accessReviewClosedNone", provider, tin)}</p>
<#else>
<p>${msg("accessReviewClosed", provider, tin, count)}</p>
<ul id="access-review-suspended">
<#list suspended as person><li>${person}</li></#list>
</ul>
<p>${msg("accessReviewReinstate")}</p>
</#if>
</#if>
<@help.signature/>
</@layout.emailLayout>
