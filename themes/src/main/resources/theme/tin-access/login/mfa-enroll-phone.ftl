<#import "template.ftl" as layout>
<#import "field.ftl" as field>
<#import "buttons.ftl" as buttons>
<@layout.registrationLayout displayMessage=!messagesPerField.existsError('phone', 'code'); section>
    <#if section = "header">
        ${msg("mfaMethod_" + channel)}<#if step != "phone-number">: ${msg("phoneOtpCode")}</#if>
    <#elseif section = "form">
        <form id="ta-mfa-phone" class="${properties.kcFormClass!}" action="${url.loginAction}" method="post" novalidate="novalidate">
            <@buttons.defaultAction name=(step == "phone-number")?then("send", "verify")/>
            <#if step == "phone-number">
                <p>${msg("mfaPhoneIntro_" + channel)}</p>
                <@field.input name="phone" label=msg("requestPhone") value=typedPhone autocomplete="tel" autofocus=true hint=msg("requestPhoneHint")/>
                <@buttons.actionGroup horizontal=true>
                    <@buttons.button id="ta-back" name="back" label="requestBack" type="secondary" fullWidth=false/>
                    <@buttons.button id="ta-send" name="send" label="mfaPhoneSend" fullWidth=false/>
                </@buttons.actionGroup>
            <#else>
                <p id="ta-phone-sent">${msg("phoneOtpSent" + (channel == "sms")?then("Sms", "Voice"), maskedPhone)}</p>
                <@field.input name="code" label=msg("phoneOtpCode") autocomplete="one-time-code" autofocus=true/>
                <@buttons.actionGroup horizontal=true>
                    <@buttons.button id="ta-back" name="back" label="requestBack" type="secondary" fullWidth=false/>
                    <@buttons.button id="ta-resend" name="resend" label="phoneOtpResend" type="secondary" fullWidth=false/>
                    <@buttons.button id="ta-verify" name="verify" label="mfaPhoneVerify" fullWidth=false/>
                </@buttons.actionGroup>
            </#if>
        </form>
    </#if>
</@layout.registrationLayout>
