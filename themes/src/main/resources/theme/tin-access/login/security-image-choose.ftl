<#import "template.ftl" as layout>
<#import "field.ftl" as field>
<#import "buttons.ftl" as buttons>
<#assign imageError = messagesPerField.get('image')>
<#assign captionError = messagesPerField.get('caption')>
<@layout.registrationLayout displayMessage=!messagesPerField.existsError('image', 'caption'); section>
    <#if section = "header">
        ${msg("securityImageChooseTitle")}
    <#elseif section = "form">
        <p>${msg("securityImageChooseIntro")}</p>
        <form id="ta-security-image-form" class="${properties.kcFormClass!}" action="${url.loginAction}" method="post">
            <@buttons.defaultAction name="save"/>
            <fieldset <#if imageError?has_content>aria-describedby="input-error-image"</#if>>
                <legend class="ta-list-title">${msg("securityImageChooseLegend")}</legend>
                <div class="ta-image-grid" id="ta-image-grid">
                    <#list images as image>
                        <label class="ta-image-option">
                            <input type="radio" name="image" value="${image}" <#if image == selectedImage>checked</#if>
                                   <#if imageError?has_content>aria-invalid="true"<#if image?is_first && field.takesFocus(imageError, false)> autofocus</#if></#if>/>
                            <img src="${url.resourcesPath}/img/security/${image}.svg" alt="${msg("securityImageName_" + image)}" width="64" height="64"/>
                        </label>
                    </#list>
                </div>
                <#if imageError?has_content>
                    <div class="${properties.kcFormHelperTextClass}">
                        <div class="${properties.kcInputHelperTextClass}">
                            <div class="${properties.kcInputHelperTextItemClass} ${properties.kcError}" id="input-error-image">
                                <span class="${properties.kcInputErrorMessageClass}">${imageError}</span>
                            </div>
                        </div>
                    </div>
                </#if>
            </fieldset>
            <@field.group name="caption" label=msg("securityImageCaption") required=true error=captionError>
                <span class="${properties.kcInputClass} <#if captionError?has_content>${properties.kcError}</#if>">
                    <select id="caption" name="caption" <@field.controlAttributes name="caption" error=captionError hint="" required=true autofocus=false/>>
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
