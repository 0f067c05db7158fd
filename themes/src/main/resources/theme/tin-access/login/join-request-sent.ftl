<#import "template.ftl" as layout>
<@layout.registrationLayout displayMessage=false; section>
    <#if section = "header">
        ${msg("joinSentTitle")}
    <#elseif section = "form">
        <div id="ta-join-sent">
            <p>${msg("joinSentText", provider)}</p>
            <p>${msg("requestReferenceLabel")} <strong id="ta-reference">${reference}</strong></p>
            <p>${msg("joinSentDeadline", deadlineDays)}</p>
        </div>
    </#if>
</@layout.registrationLayout>
