<#ftl output_format="plainText">
<#import "help.ftl" as help>
${msg("mailHello", firstName)}

<#if stage == "started">
${msg("accessReviewStarted", provider, tin, due, count)}

${msg("accessReviewWhy")}

${msg("accessReviewHow")}
<#elseif stage == "reminder">
${msg("accessReviewReminder", provider, tin, due, count)}

${msg("accessReviewHow")}
<#else>
<#if count == 0>
${msg("accessReviewClosedNone", provider, tin)}
<#else>
${msg("accessReviewClosed", provider, tin, count)}

<#list suspended as person>
- ${person}
</#list>

${msg("accessReviewReinstate")}
</#if>
</#if>

<@help.signature/>
