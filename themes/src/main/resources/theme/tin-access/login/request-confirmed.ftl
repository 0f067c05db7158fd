<#import "template.ftl" as layout>
<@layout.registrationLayout displayMessage=false; section>
    <#if section = "header">
        ${msg("requestConfirmedTitle")}
    <#elseif section = "form">
        <div id="ta-request-confirmed">
            <p>${msg("requestConfirmedText")}</p>
            <p>${msg("requestReferenceLabel")} <strong id="ta-reference">${reference}</strong></p>
            <#if outcomes?has_content>
                <ul id="ta-outcomes" class="ta-tin-list">
                    <#list outcomes as line>
                        <li data-outcome="${line.outcome().value()}"><span class="ta-tin">${line.formatted()}</span>: ${msg("outcome_" + line.outcome().value(), reviewTime)}</li>
                    </#list>
                </ul>
            </#if>
            <p>${msg("requestConfirmedFirstWins")}</p>
            <p id="ta-confirmed-mail">${msg("requestConfirmedMail")} <a id="ta-resend-from-confirmed" href="${url.loginUrl?keep_before("/login-actions")}/tin-access/activation/resend">${msg("resendLink")}</a></p>
            <p><a id="ta-back-to-login" href="${url.loginUrl}">${msg("backToLogin")?no_esc}</a></p>
        </div>
    </#if>
</@layout.registrationLayout>
