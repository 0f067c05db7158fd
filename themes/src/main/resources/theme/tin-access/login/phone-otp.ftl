<#import "template.ftl" as layout>
<#import "field.ftl" as field>
<#import "buttons.ftl" as buttons>
<@layout.registrationLayout displayMessage=true; section>
    <#if section = "header">
        ${msg("phoneOtpTitle")}
    <#elseif section = "form">
        <p id="ta-phone-sent">${msg("phoneOtpSent" + channel?cap_first, maskedPhone)}</p>
        <form id="ta-phone-otp-form" class="${properties.kcFormClass!}" action="${url.loginAction}" method="post" novalidate="novalidate">
            <@field.input name="code" label=msg("phoneOtpCode") autocomplete="one-time-code" autofocus=true/>
            <@buttons.actionGroup>
                <@buttons.button id="ta-verify" name="verify" label="doLogIn"/>
            </@buttons.actionGroup>
            <@buttons.actionGroup horizontal=true>
                <@buttons.button id="ta-resend" name="resend" label="phoneOtpResend" type="secondary" fullWidth=false/>
                <@buttons.button id="ta-switch" name="switch" label=(channel == "sms")?then("phoneOtpCallMe", "phoneOtpTextMe") type="secondary" fullWidth=false/>
            </@buttons.actionGroup>
        </form>
    </#if>
</@layout.registrationLayout>
