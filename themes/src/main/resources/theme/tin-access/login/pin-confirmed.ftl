<#import "template.ftl" as layout>
<@layout.registrationLayout displayMessage=false; section>
    <#if section = "header">
        ${msg("pinConfirmedTitle")}
    <#elseif section = "form">
        <div id="ta-pin-confirmed">
            <#if approved>
                <p>${msg("pinConfirmedApproved", tinEnding)}</p>
            <#else>
                <p>${msg("pinConfirmedReview", tinEnding)}</p>
            </#if>
        </div>
    </#if>
</@layout.registrationLayout>
