<#import "template.ftl" as layout>
<#import "buttons.ftl" as buttons>
<@layout.registrationLayout displayMessage=true; section>
    <#if section = "header">
        ${msg("mfaEnrollTitle")}
    <#elseif section = "form">
        <p>${msg("mfaEnrollIntro")}</p>
        <form id="ta-mfa-enroll" class="${properties.kcFormClass!}" action="${url.loginAction}" method="post">
            <fieldset>
                <legend class="ta-list-title">${msg("mfaEnrollChoose")}</legend>
                <ul class="ta-tin-list" id="ta-mfa-methods">
                    <#list methods as method>
                        <li>
                            <label>
                                <input type="radio" name="method" value="${method}" <#if method?index == 0>checked</#if>/>
                                <strong>${msg("mfaMethod_" + method)}</strong>
                                <span class="ta-hint">${msg("mfaMethodHelp_" + method)}</span>
                            </label>
                        </li>
                    </#list>
                </ul>
            </fieldset>
            <p>
                <label><input type="checkbox" name="recoveryCodes" value="on" checked/> ${msg("mfaEnrollRecoveryCodes")}</label>
            </p>
            <@buttons.actionGroup>
                <@buttons.button id="ta-mfa-continue" name="continue" label="requestNext"/>
            </@buttons.actionGroup>
        </form>
    </#if>
</@layout.registrationLayout>
