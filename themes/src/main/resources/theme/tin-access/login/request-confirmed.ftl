<#import "template.ftl" as layout>
<@layout.registrationLayout displayMessage=false; section>
    <#if section = "header">
        ${msg("requestConfirmedTitle")}
    <#elseif section = "form">
        <div id="ta-request-confirmed">
            <p>${msg("requestConfirmedText")}</p>
            <p>${msg("requestReferenceLabel")} <strong id="ta-reference">${reference}</strong></p>
            <p>${msg("requestConfirmedReviewTime", reviewTime)}</p>
            <p>${msg("requestConfirmedFirstWins")}</p>
            <p><a id="ta-back-to-login" href="${url.loginUrl}">${msg("backToLogin")?no_esc}</a></p>
        </div>
    </#if>
</@layout.registrationLayout>
