<#import "template.ftl" as layout>
<@layout.registrationLayout displayMessage=false; section>
    <#if section = "header">
        ${msg("joinSentTitle")}
    <#elseif section = "form">
        <div id="ta-join-sent">
            <p>${msg("joinSentText", provider)}</p>
            <p>${msg("requestReferenceLabel")} <strong id="ta-reference">${reference}</strong></p>
            <p>${msg("joinSentDeadline", deadlineDays)}</p>
            <p>${msg("joinSentMail")}</p>
            <p><a id="ta-join-sent-back" href="${backUrl}">${msg("joinSentBack")}</a></p>
        </div>
    </#if>
</@layout.registrationLayout>
