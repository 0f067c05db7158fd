<#import "template.ftl" as layout>
<#import "field.ftl" as field>
<#import "buttons.ftl" as buttons>
<#import "timeout.ftl" as timeout>
<#assign chosen = (values.proof)!''>
<#assign idType = (values.checkIdType)!'vendor'>
<#assign proofError = messagesPerField.get('proof')>
<#-- The chosen way carries a refusal of the choice (a payment not matched, too many tries): marked
     invalid and focused like any other field with an error, so the person lands on what to change. -->
<#macro chosenMark checked><#if checked>checked<#if proofError?has_content> aria-invalid="true" aria-describedby="input-error-proof"<#if field.takesFocus(proofError, false)> autofocus</#if></#if></#if></#macro>
<@layout.registrationLayout displayMessage=false; section>
    <#if section = "header">
        ${msg("requestProofTitle", proofIndex, proofCount)}
    <#elseif section = "form">
        <p class="ta-step">${msg("requestProofIntro", proofTin.formatted())}</p>
        <@timeout.warning form="ta-request-proof" action="proof-keep"/>
        <form id="ta-request-proof" class="${properties.kcFormClass!}" action="${url.loginAction}" method="post" novalidate="novalidate">
            <@buttons.defaultAction name="action" value="proof-next"/>
            <input type="hidden" name="proofTin" value="${proofTin.digits()}"/>
            <fieldset id="ta-proof-methods" <#if messagesPerField.existsError('proof')>aria-describedby="input-error-proof"</#if>>
                <legend class="ta-list-title">${msg("requestProofChoose")}</legend>
                <#if messagesPerField.existsError('proof')>
                    <div id="input-error-proof" class="${properties.kcInputErrorMessageClass!}" role="alert">${kcSanitize(messagesPerField.get('proof'))?no_esc}</div>
                </#if>
                <#if paymentVerified>
                    <p id="ta-payment-verified" class="ta-hint">${msg("requestProofPaymentVerified")}</p>
                </#if>
                <ul class="ta-proof-list">
                    <#if offersPayment>
                        <li>
                            <label><input type="radio" name="proof" value="check" <@chosenMark checked=(chosen == "check" || chosen == "")/>/>
                                <strong>${msg("proofMethod_check")}</strong> <span class="ta-hint">${msg("proofMethodHelp_check")}</span></label>
                            <div class="ta-proof-fields ta-check-fields">
                                <fieldset class="ta-id-type">
                                    <legend>${msg("proofCheckIdentifiedBy")}</legend>
                                    <label><input type="radio" name="checkIdType" value="vendor" <#if idType != "npi">checked</#if>/> ${msg("proofVendorNumber")}</label>
                                    <label><input type="radio" name="checkIdType" value="npi" <#if idType == "npi">checked</#if>/> ${msg("proofType2Npi")}</label>
                                </fieldset>
                                <div class="ta-by-vendor"><@field.input name="vendorNumber" label=msg("proofVendorNumber") value=(values.vendorNumber)!'' autocomplete="off"/></div>
                                <div class="ta-by-npi"><@field.input name="checkNpi" label=msg("proofType2Npi") value=(values.checkNpi)!'' autocomplete="off"/></div>
                                <@field.input name="checkNumber" label=msg("proofCheckNumber") value=(values.checkNumber)!'' autocomplete="off"/>
                            </div>
                        </li>
                        <li>
                            <label><input type="radio" name="proof" value="notice" <@chosenMark checked=(chosen == "notice")/>/>
                                <strong>${msg("proofMethod_notice")}</strong> <span class="ta-hint">${msg("proofMethodHelp_notice")}</span></label>
                            <div class="ta-proof-fields">
                                <@field.input name="noticeNpi" label=msg("proofType2Npi") value=(values.noticeNpi)!'' autocomplete="off"/>
                                <@field.input name="noticeNumber" label=msg("proofNoticeNumber") value=(values.noticeNumber)!'' autocomplete="off"/>
                            </div>
                        </li>
                    </#if>
                    <#if offersMail>
                        <li>
                            <label><input type="radio" name="proof" value="mail" <@chosenMark checked=(chosen == "mail" || (chosen == "" && !offersPayment))/>/>
                                <strong>${msg("proofMethod_mail")}</strong> <span class="ta-hint">${msg("proofMethodHelp_mail")}</span></label>
                        </li>
                    </#if>
                    <li>
                        <label><input type="radio" name="proof" value="review" <@chosenMark checked=(chosen == "review" || (chosen == "" && !offersPayment && !offersMail))/>/>
                            <strong>${msg("proofMethod_review")}</strong> <span class="ta-hint">${msg("proofMethodHelp_review", reviewTime)}</span></label>
                    </li>
                </ul>
            </fieldset>
            <@field.input name="npis" label=msg("proofNpis") value=(values.npis)!'' autocomplete="off" hint=msg("proofNpisHint", maxNpis)/>
            <#-- Offered for every Tax ID, so the page says nothing about whether one has an admin. -->
            <fieldset id="ta-admin-left">
                <legend class="ta-list-title">${msg("adminLeftTitle")}</legend>
                <label><input type="checkbox" id="adminLeft" name="adminLeft" value="on" <#if ((values.adminLeft)!'') == "on">checked</#if>/> ${msg("adminLeftCheckbox")}</label>
                <@field.group name="adminLeftReason" label=msg("adminLeftReasonLabel") error=messagesPerField.get('adminLeftReason') hint=msg("adminLeftHint")>
                    <span class="${properties.kcInputClass!} <#if messagesPerField.existsError('adminLeftReason')>${properties.kcError!}</#if>">
                        <textarea id="adminLeftReason" name="adminLeftReason" rows="3" maxlength="${maxAdminLeftReason?c}" <@field.controlAttributes name="adminLeftReason" error=messagesPerField.get('adminLeftReason') hint=msg("adminLeftHint") required=false autofocus=false/>>${(values.adminLeftReason)!''}</textarea>
                    </span>
                </@field.group>
            </fieldset>
            <@buttons.actionGroup horizontal=true>
                <@buttons.button id="ta-proof-back" name="action" label="requestBack" value="proof-back" type="secondary" fullWidth=false/>
                <@buttons.button id="ta-proof-next" name="action" label="requestNext" value="proof-next" fullWidth=false/>
            </@buttons.actionGroup>
        </form>
    </#if>
</@layout.registrationLayout>
