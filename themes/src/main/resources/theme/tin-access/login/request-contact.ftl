<#import "template.ftl" as layout>
<#import "field.ftl" as field>
<#import "buttons.ftl" as buttons>
<#import "timeout.ftl" as timeout>
<@layout.registrationLayout displayMessage=false displayRequiredFields=true displayInfo=true; section>
    <#if section = "header">
        ${msg("requestContactTitle")}
    <#elseif section = "form">
        <p class="ta-step">${msg("requestContactIntro")}</p>
        <@timeout.warning form="ta-request-contact" action="keep"/>
        <form id="ta-request-contact" class="${properties.kcFormClass!}" action="${url.loginAction}" method="post" novalidate="novalidate">
            <@field.input name="firstName" label=msg("requestFirstName") value=contact.firstName required=true autocomplete="given-name" autofocus=true/>
            <@field.input name="lastName" label=msg("requestLastName") value=contact.lastName required=true autocomplete="family-name"/>
            <@field.input name="phone" label=msg("requestPhone") value=contact.phone required=true autocomplete="tel" hint=msg("requestPhoneHint")/>
            <@field.input name="email" label=msg("requestEmail") value=contact.email required=true autocomplete="email"/>
            <@field.input name="organization" label=msg("requestOrganization") value=contact.organization required=true autocomplete="organization"/>
            <@field.input name="jobTitle" label=msg("requestJobTitle") value=contact.jobTitle required=true autocomplete="organization-title"/>
            <@field.checkbox name="billingService" label=msg("requestBillingService") value=((contact.billingService!"") == "on") hint=msg("requestBillingServiceHint")/>
            <@field.checkbox name="agency" label=msg("requestAgency") value=((contact.agency!"") == "on")/>
            <@field.input name="agencyNpn" label=msg("requestAgencyNpn") value=(contact.agencyNpn!"") autocomplete="off" hint=msg("requestAgencyNpnHint")/>
            <@buttons.actionGroup>
                <@buttons.button id="ta-next" name="action" label="requestNext" value="next"/>
            </@buttons.actionGroup>
        </form>
    <#elseif section = "info">
        <a id="ta-existing-account" href="${url.loginUrl}">${msg("requestExistingAccount")}</a>
    </#if>
</@layout.registrationLayout>
