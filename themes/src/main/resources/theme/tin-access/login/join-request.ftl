<#import "template.ftl" as layout>
<#import "field.ftl" as field>
<#import "buttons.ftl" as buttons>
<#import "tin.ftl" as tin>
<@layout.registrationLayout displayMessage=messagesPerField.exists('global') displayRequiredFields=true; section>
    <#if section = "header">
        ${msg("joinTitle")}
    <#elseif section = "form">
        <p class="ta-step">${msg("joinIntro")}</p>
        <form id="ta-join-search" class="${properties.kcFormClass!}" action="${joinUrl}" method="get">
            <@field.input name="npi" label=msg("joinNpi") value=(values.npi)!'' autocomplete="off" hint=msg("joinNpiHint") autofocus=!(results??)/>
            <@field.input name="name" label=msg("joinProviderName") value=(values.name)!'' autocomplete="organization"/>
            <@buttons.actionGroup>
                <@buttons.button id="ta-search" label="joinSearch" type="secondary"/>
            </@buttons.actionGroup>
            <p class="ta-hint">${msg("joinNotListed")}</p>
        </form>
        <#-- "Choose 'My provider is not listed' and complete the form." A link: it works without script. -->
        <p id="ta-not-listed-link"><a href="${joinUrl}/not-listed">${msg("joinNotListedLink")}</a></p>
        <#if results??>
            <form id="ta-join-request" class="${properties.kcFormClass!}" action="${joinUrl}" method="post" novalidate="novalidate">
                <input type="hidden" name="csrf" value="${csrf}"/>
                <#-- The search goes with the request, so a refused request shows its results again. -->
                <input type="hidden" name="npi" value="${(values.npi)!''}"/>
                <input type="hidden" name="name" value="${(values.name)!''}"/>
                <#assign providerError = messagesPerField.get('provider')>
                <fieldset id="ta-provider-choice" <#if providerError?has_content>aria-describedby="input-error-provider"</#if>>
                    <legend class="ta-list-title">${msg("joinResults")}</legend>
                    <#if results?has_content>
                        <ul id="ta-providers" class="ta-tin-list">
                            <#list results as provider>
                                <li>
                                    <label>
                                        <input type="radio" name="provider" value="${provider.id()}" <#if results?size == 1 || ((values.provider)!'') == provider.id()>checked</#if>
                                               <#if provider?index == 0><#if providerError?has_content>aria-invalid="true" </#if><#if field.takesFocus(providerError, false)>autofocus</#if></#if>/>
                                        <span class="ta-provider-name"><@tin.readable provider.name()/></span>
                                    </label>
                                </li>
                            </#list>
                        </ul>
                    <#else>
                        <p id="ta-no-providers" class="ta-hint">${msg("joinNoProviders")}</p>
                    </#if>
                    <#if providerError?has_content>
                        <span id="input-error-provider" class="${properties.kcInputErrorMessageClass!}">${providerError}</span>
                    </#if>
                </fieldset>
                <#if results?has_content>
                    <#-- the plan's "Coverage & State Details": the program, and the state for Medicaid. -->
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
                    <@field.input name="firstName" label=msg("requestFirstName") value=(values.firstName)!'' required=true autocomplete="given-name"/>
                    <@field.input name="lastName" label=msg("requestLastName") value=(values.lastName)!'' required=true autocomplete="family-name"/>
                    <@field.input name="title" label=msg("joinPositionTitle") value=(values.title)!'' required=true autocomplete="organization-title"/>
                    <@field.input name="email" label=msg("requestEmail") value=(values.email)!'' required=true autocomplete="email"/>
                    <@field.input name="confirmEmail" label=msg("joinConfirmEmail") value=(values.confirmEmail)!'' required=true autocomplete="email"/>
                    <@field.input name="phone" label=msg("requestPhone") value=(values.phone)!'' required=true autocomplete="tel" hint=msg("requestPhoneHint")/>
                    <@field.input name="phoneExt" label=msg("joinPhoneExt") value=(values.phoneExt)!'' autocomplete="off"/>
                    <@field.input name="npn" label=msg("joinNpn") value=(values.npn)!'' autocomplete="off" hint=msg("joinNpnHint")/>
                    <@field.group name="reason" label=msg("joinReason", reasonMax) error=messagesPerField.get('reason') required=true>
                        <span class="${properties.kcInputClass!} <#if messagesPerField.existsError('reason')>${properties.kcError!}</#if>">
                            <textarea id="reason" name="reason" rows="4" maxlength="${reasonMax}" <@field.controlAttributes name="reason" error=messagesPerField.get('reason') hint="" required=true autofocus=false/>>${(values.reason)!''}</textarea>
                        </span>
                    </@field.group>
                    <@buttons.actionGroup>
                        <@buttons.button id="ta-join-submit" label="requestSubmit" fullWidth=false/>
                        <#-- the plan's Reset and Back: links, so they work without script and lose nothing by accident. -->
                        <@buttons.buttonLink id="ta-join-reset" href=joinUrl label="joinReset" class=["kcButtonSecondaryClass"]/>
                        <@buttons.buttonLink id="ta-join-back" href=backUrl label="joinBack" class=["kcButtonSecondaryClass"]/>
                    </@buttons.actionGroup>
                </#if>
            </form>
        </#if>
    </#if>
</@layout.registrationLayout>
