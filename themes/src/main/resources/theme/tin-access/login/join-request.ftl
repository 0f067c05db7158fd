<#import "template.ftl" as layout>
<#import "field.ftl" as field>
<#import "buttons.ftl" as buttons>
<@layout.registrationLayout displayMessage=messagesPerField.exists('global') displayRequiredFields=true; section>
    <#if section = "header">
        ${msg("joinTitle")}
    <#elseif section = "form">
        <p class="ta-step">${msg("joinIntro")}</p>
        <form id="ta-join-search" class="${properties.kcFormClass!}" action="${joinUrl}" method="get">
            <@field.input name="npi" label=msg("joinNpi") value=(values.npi)!'' autocomplete="off"/>
            <@field.input name="name" label=msg("joinProviderName") value=(values.name)!'' autocomplete="organization"/>
            <@buttons.actionGroup>
                <@buttons.button id="ta-search" label="joinSearch" type="secondary"/>
            </@buttons.actionGroup>
            <p class="ta-hint">${msg("joinNotListed")}</p>
        </form>
        <#if results??>
            <form id="ta-join-request" class="${properties.kcFormClass!}" action="${joinUrl}" method="post" novalidate="novalidate">
                <input type="hidden" name="csrf" value="${csrf}"/>
                <fieldset>
                    <legend class="ta-list-title">${msg("joinResults")}</legend>
                    <#if results?has_content>
                        <ul id="ta-providers" class="ta-tin-list">
                            <#list results as provider>
                                <li>
                                    <label>
                                        <input type="radio" name="provider" value="${provider.id()}" <#if results?size == 1 || ((values.provider)!'') == provider.id()>checked</#if>/>
                                        <span class="ta-provider-name">${provider.name()}</span>
                                    </label>
                                </li>
                            </#list>
                        </ul>
                    <#else>
                        <p id="ta-no-providers" class="ta-hint">${msg("joinNoProviders")}</p>
                    </#if>
                    <#if messagesPerField.existsError('provider')>
                        <span id="input-error-provider" class="${properties.kcInputErrorMessageClass!}">${kcSanitize(messagesPerField.get('provider'))?no_esc}</span>
                    </#if>
                </fieldset>
                <#if results?has_content>
                    <#-- Seed 004's "Coverage & State Details": the program, and the state for Medicaid. -->
                    <fieldset id="ta-coverage" <#if messagesPerField.existsError('program')>aria-describedby="input-error-program"</#if>>
                        <legend class="ta-list-title">${msg("joinCoverage")}</legend>
                        <div role="radiogroup" aria-label="${msg("joinProgram")}">
                            <span class="${properties.kcLabelClass!}">${msg("joinProgram")} *</span>
                            <#list programs as program>
                                <label><input type="radio" name="program" value="${program}" required <#if ((values.program)!'') == program>checked</#if>/> ${msg("joinProgram_" + program)}</label>
                            </#list>
                        </div>
                        <#if messagesPerField.existsError('program')>
                            <div id="input-error-program" class="${properties.kcInputErrorMessageClass!}" role="alert">${kcSanitize(messagesPerField.get('program'))?no_esc}</div>
                        </#if>
                        <div class="${properties.kcFormGroupClass!}">
                            <label for="state" class="${properties.kcLabelClass!}">${msg("joinState")}</label>
                            <select id="state" name="state" class="${properties.kcInputClass!}" aria-describedby="ta-state-hint<#if messagesPerField.existsError('state')> input-error-state</#if>"
                                    <#if messagesPerField.existsError('state')>aria-invalid="true"</#if>>
                                <option value="">${msg("joinStateNone")}</option>
                                <#list states as state>
                                    <option value="${state}" <#if ((values.state)!'') == state>selected</#if>>${msg("usState_" + state)}</option>
                                </#list>
                            </select>
                            <p class="ta-hint" id="ta-state-hint">${msg("joinStateHint")}</p>
                            <#if messagesPerField.existsError('state')>
                                <div id="input-error-state" class="${properties.kcInputErrorMessageClass!}" role="alert">${kcSanitize(messagesPerField.get('state'))?no_esc}</div>
                            </#if>
                        </div>
                    </fieldset>
                    <@field.input name="firstName" label=msg("requestFirstName") value=(values.firstName)!'' required=true autocomplete="given-name"/>
                    <@field.input name="lastName" label=msg("requestLastName") value=(values.lastName)!'' required=true autocomplete="family-name"/>
                    <@field.input name="title" label=msg("joinPositionTitle") value=(values.title)!'' required=true autocomplete="organization-title"/>
                    <@field.input name="email" label=msg("requestEmail") value=(values.email)!'' required=true autocomplete="email"/>
                    <@field.input name="confirmEmail" label=msg("joinConfirmEmail") value=(values.confirmEmail)!'' required=true autocomplete="email"/>
                    <@field.input name="phone" label=msg("requestPhone") value=(values.phone)!'' required=true autocomplete="tel"/>
                    <@field.input name="phoneExt" label=msg("joinPhoneExt") value=(values.phoneExt)!'' autocomplete="off"/>
                    <@field.group name="reason" label=msg("joinReason", reasonMax) error=messagesPerField.get('reason') required=true>
                        <span class="${properties.kcInputClass!} <#if messagesPerField.existsError('reason')>${properties.kcError!}</#if>">
                            <textarea id="reason" name="reason" rows="4" maxlength="${reasonMax}" aria-invalid="<#if messagesPerField.existsError('reason')>true</#if>">${(values.reason)!''}</textarea>
                        </span>
                    </@field.group>
                    <@buttons.actionGroup>
                        <@buttons.button id="ta-join-submit" label="requestSubmit" fullWidth=false/>
                        <#-- Seed 004's Reset and Back: links, so they work without script and lose nothing by accident. -->
                        <@buttons.buttonLink id="ta-join-reset" href=joinUrl label="joinReset" class=["kcButtonSecondaryClass"]/>
                        <@buttons.buttonLink id="ta-join-back" href=backUrl label="joinBack" class=["kcButtonSecondaryClass"]/>
                    </@buttons.actionGroup>
                </#if>
            </form>
        </#if>
    </#if>
</@layout.registrationLayout>
