<#import "template.ftl" as layout>
<@layout.registrationLayout displayMessage=false; section>
    <#if section = "header">
        ${msg("resendSentTitle")}
    <#elseif section = "form">
        <div id="ta-resend-sent">
            <p>${msg("resendSentText", email)}</p>
            <p>${msg("resendSentSpam")}</p>
            <p>${msg("resendSentOldLink")}</p>
            <p>${msg("resendSentStill")}</p>
        </div>
    </#if>
</@layout.registrationLayout>
