<#import "template.ftl" as layout>
<#import "field.ftl" as field>
<#import "buttons.ftl" as buttons>
<@layout.registrationLayout displayMessage=true; section>
    <#if section = "header">
        ${msg("securityImageChooseTitle")}
    <#elseif section = "form">
        <p>${msg("securityImageChooseIntro")}</p>
        <form id="ta-security-image-form" class="${properties.kcFormClass!}" action="${url.loginAction}" method="post">
            <fieldset>
                <legend class="ta-list-title">${msg("securityImageChooseLegend")}</legend>
                <div class="ta-image-grid" id="ta-image-grid">
                    <#list images as image>
                        <label class="ta-image-option">
                            <input type="radio" name="image" value="${image}" <#if image == selectedImage>checked</#if>/>
                            <img src="${url.resourcesPath}/img/security/${image}.svg" alt="${msg("securityImageName_" + image)}" width="64" height="64"/>
                        </label>
                    </#list>
                </div>
            </fieldset>
            <@field.group name="caption" label=msg("securityImageCaption") required=true>
                <span class="${properties.kcInputClass}">
                    <select id="caption" name="caption" aria-required="true">
                        <option value=""<#if caption == ""> selected</#if>>${msg("securityImageCaptionPrompt")}</option>
                        <#list captions as option>
                            <option value="${option}"<#if option == caption> selected</#if>>${msg("securityCaption_" + option)}</option>
                        </#list>
                    </select>
                </span>
            </@field.group>
            <@buttons.actionGroup horizontal=true>
                <#if isAppInitiatedAction??>
                    <@buttons.button id="ta-cancel" name="cancel-aia" label="doCancel" type="secondary" fullWidth=false/>
                </#if>
                <@buttons.button id="ta-image-save" name="save" label="doSubmit" fullWidth=false/>
            </@buttons.actionGroup>
        </form>
    </#if>
</@layout.registrationLayout>
