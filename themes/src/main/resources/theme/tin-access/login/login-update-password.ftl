<#import "template.ftl" as layout>
<#import "password-commons.ftl" as passwordCommons>
<#import "field.ftl" as field>
<#import "buttons.ftl" as buttons>
<#import "password-validation.ftl" as validator>
<#-- A password the realm's policy refuses comes as the page's error: it is the new password's, so it is shown, marked and focused there. -->
<#assign policyError = (message?? && message.type == 'error' && !messagesPerField.existsError('password','password-confirm'))?then(message.summary, "")>
<@layout.registrationLayout displayMessage=!(messagesPerField.existsError('password','password-confirm') || policyError?has_content); section>
<!-- template: login-update-password.ftl (tin-access: the realm's password rules before the fields) -->
    <#if section = "header">
        ${msg("updatePasswordTitle")}
    <#elseif section = "form">
        <#if passwordRules?? && passwordRules?has_content>
            <div id="ta-password-rules" class="ta-password-rules">
                <p id="ta-password-rules-title">${msg("passwordRulesTitle")}</p>
                <ul aria-labelledby="ta-password-rules-title">
                    <#list passwordRules as rule>
                        <li>${msg(rule.messageKey(), rule.arguments()?join(","))}</li>
                    </#list>
                </ul>
            </div>
        </#if>
        <form id="kc-passwd-update-form" class="${properties.kcFormClass!}" onsubmit="login.disabled = true; return true;" action="${url.loginAction}" method="post" novalidate="novalidate">
            <@field.password name="password-new" label=msg("passwordNew") fieldName="password" autocomplete="new-password" autofocus=true
                    error=policyError?has_content?then(policyError, messagesPerField.get('password')) />
            <@field.password name="password-confirm" label=msg("passwordConfirm") autocomplete="new-password" />

            <div class="${properties.kcFormGroupClass!}">
                <@passwordCommons.logoutOtherSessions/>
            </div>

            <@buttons.actionGroup horizontal=true>
                <#if isAppInitiatedAction??>
                    <@buttons.button id="kc-submit" name="login" label="doSubmit"/>
                    <@buttons.button id="kc-cancel" label="doCancel" name="cancel-aia" type="secondary"/>
                <#else>
                    <@buttons.button id="kc-submit" name="login" label="doSubmit"/>
                </#if>
            </@buttons.actionGroup>
        </form>

        <@validator.templates/>
        <@validator.script field="password-new"/>
    </#if>
</@layout.registrationLayout>
