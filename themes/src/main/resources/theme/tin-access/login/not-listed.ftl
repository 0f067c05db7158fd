<#import "template.ftl" as layout>
<#import "field.ftl" as field>
<#import "buttons.ftl" as buttons>
<#-- the plan's "My provider is not listed": a short form; a representative contacts the person. -->
<@layout.registrationLayout displayMessage=messagesPerField.exists('global') displayRequiredFields=true; section>
    <#if section = "header">
        ${msg("notListedTitle")}
    <#elseif section = "form">
        <p class="ta-step">${msg("notListedIntro")}</p>
        <form id="ta-not-listed" class="${properties.kcFormClass!}" action="${notListedUrl}" method="post" novalidate="novalidate">
            <input type="hidden" name="csrf" value="${csrf}"/>
            <@field.input name="firstName" label=msg("requestFirstName") value=(values.firstName)!'' required=true autocomplete="given-name" autofocus=true/>
            <@field.input name="lastName" label=msg("requestLastName") value=(values.lastName)!'' required=true autocomplete="family-name"/>
            <@field.input name="email" label=msg("requestEmail") value=(values.email)!'' required=true autocomplete="email"/>
            <@field.input name="phone" label=msg("requestPhone") value=(values.phone)!'' required=true autocomplete="tel" hint=msg("requestPhoneHint")/>
            <@field.input name="organization" label=msg("notListedOrganization") value=(values.organization)!'' required=true autocomplete="organization"/>
            <@field.input name="tin" label=msg("notListedTin") value=(values.tin)!'' autocomplete="off" hint=msg("requestTinHint")/>
            <@field.input name="npi" label=msg("notListedNpi") value=(values.npi)!'' autocomplete="off" hint=msg("joinNpiHint")/>
            <fieldset id="ta-coverage">
                <legend class="ta-list-title">${msg("joinCoverage")}</legend>
                <#assign programError = messagesPerField.get('program')>
                <div class="${properties.kcFormGroupClass!}">
                    <span id="ta-program-label" class="${properties.kcFormLabelClass!}">${msg("joinProgram")} <span class="${properties.kcInputRequiredClass!}" aria-hidden="true">&#42;</span></span>
                    <div role="radiogroup" aria-labelledby="ta-program-label" aria-required="true" <#if programError?has_content>aria-invalid="true" aria-describedby="input-error-program"</#if>>
                        <#list programs as program>
                            <label><input type="radio" name="program" value="${program}" <#if ((values.program)!'') == program>checked</#if> <#if program?is_first && field.takesFocus(programError, false)>autofocus</#if>/> ${msg("joinProgram_" + program)}</label>
                        </#list>
                    </div>
                    <#if programError?has_content>
                        <div id="input-error-program" class="${properties.kcInputErrorMessageClass!}">${kcSanitize(programError)?no_esc}</div>
                    </#if>
                </div>
                <@field.group name="state" label=msg("joinState") error=messagesPerField.get('state') hint=msg("joinStateHint")>
                    <span class="${properties.kcInputClass!} <#if messagesPerField.existsError('state')>${properties.kcError!}</#if>">
                        <select id="state" name="state" <@field.controlAttributes name="state" error=messagesPerField.get('state') hint=msg("joinStateHint") required=false autofocus=false/>>
                            <option value="">${msg("joinStateNone")}</option>
                            <#list states as state>
                                <option value="${state}" <#if ((values.state)!'') == state>selected</#if>>${msg("usState_" + state)}</option>
                            </#list>
                        </select>
                    </span>
                </@field.group>
            </fieldset>
            <@field.group name="message" label=msg("notListedMessage", messageMax) error=messagesPerField.get('message') required=true>
                <span class="${properties.kcInputClass!} <#if messagesPerField.existsError('message')>${properties.kcError!}</#if>">
                    <textarea id="message" name="message" rows="4" maxlength="${messageMax}" <@field.controlAttributes name="message" error=messagesPerField.get('message') hint="" required=true autofocus=false/>>${(values.message)!''}</textarea>
                </span>
            </@field.group>
            <@buttons.actionGroup>
                <@buttons.button id="ta-not-listed-submit" label="requestSubmit" fullWidth=false/>
                <@buttons.buttonLink id="ta-not-listed-back" href=joinUrl label="notListedBack" class=["kcButtonSecondaryClass"]/>
            </@buttons.actionGroup>
        </form>
    </#if>
</@layout.registrationLayout>
