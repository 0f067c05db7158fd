<#import "template.ftl" as layout>
<#import "field.ftl" as field>
<#import "buttons.ftl" as buttons>
<@layout.registrationLayout displayMessage=!messagesPerField.existsError('password'); section>
    <#if section = "header">
        ${msg("securityImagePasswordTitle")}
    <#elseif section = "form">
        <figure id="ta-security-image" class="ta-security-image">
            <img src="${url.resourcesPath}/img/security/${securityImage}.svg" alt="${msg("securityImageName_" + securityImage)}" width="96" height="96"/>
            <figcaption id="ta-security-caption">${msg("securityCaption_" + securityCaption)}</figcaption>
        </figure>
        <p class="ta-hint">${msg("securityImageCheck")}</p>
        <form id="ta-image-password-form" class="${properties.kcFormClass!}" action="${url.loginAction}" method="post">
            <@field.password name="password" label=msg("password") autocomplete="current-password" autofocus=true
                forgotPassword=realm.resetPasswordAllowed/>
            <@buttons.loginButton/>
        </form>
    </#if>
</@layout.registrationLayout>
