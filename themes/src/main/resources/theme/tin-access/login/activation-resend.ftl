<#import "template.ftl" as layout>
<#import "field.ftl" as field>
<#import "buttons.ftl" as buttons>
<#-- "Didn't get your activation e-mail?": one field; the answer is the same page for every address. -->
<@layout.registrationLayout displayMessage=messagesPerField.exists('global') displayRequiredFields=true; section>
    <#if section = "header">
        ${msg("resendTitle")}
    <#elseif section = "form">
        <p class="ta-step">${msg("resendIntro")}</p>
        <form id="ta-resend" class="${properties.kcFormClass!}" action="${resendUrl}" method="post" novalidate="novalidate">
            <input type="hidden" name="csrf" value="${csrf}"/>
            <@field.input name="email" label=msg("requestEmail") value=email required=true autocomplete="email" autofocus=true/>
            <@buttons.actionGroup>
                <@buttons.button id="ta-resend-submit" label="resendSubmit" fullWidth=false/>
            </@buttons.actionGroup>
        </form>
    </#if>
</@layout.registrationLayout>
