<#import "template.ftl" as layout>
<#import "buttons.ftl" as buttons>
<#import "timeout.ftl" as timeout>
<@layout.registrationLayout displayMessage=messagesPerField.exists('global'); section>
    <#if section = "header">
        ${msg("requestReviewTitle")}
    <#elseif section = "form">
        <p class="ta-step">${msg("requestReviewIntro")}</p>
        <@timeout.warning form="ta-request-review" action="review-keep"/>
        <dl id="ta-review" class="ta-review">
            <dt>${msg("requestFirstName")}</dt><dd>${contact.firstName}</dd>
            <dt>${msg("requestLastName")}</dt><dd>${contact.lastName}</dd>
            <dt>${msg("requestPhone")}</dt><dd>${contact.phone}</dd>
            <dt>${msg("requestEmail")}</dt><dd>${contact.email}</dd>
            <dt>${msg("requestOrganization")}</dt><dd>${contact.organization}</dd>
            <dt>${msg("requestJobTitle")}</dt><dd>${contact.jobTitle}</dd>
            <#if (contact.agencyNpn!"")?has_content>
                <dt>${msg("requestAgencyNpn")}</dt><dd id="ta-review-agency-npn">${contact.agencyNpn}</dd>
            </#if>
            <dt>${msg("requestAddedTins")}</dt>
            <dd>
                <ul id="ta-review-tins" class="ta-tin-list">
                    <#list tins as tin>
                        <li data-tin="${tin.digits()}">
                            <span class="ta-tin">${tin.formatted()}</span>:
                            <span class="ta-proof">${msg("reviewProof_" + tin.method() + (tin.state()?has_content)?then("_" + tin.state(), ""), reviewTime)}</span>
                            <#if tin.npis()?has_content><br/><span class="ta-hint">${msg("reviewNpis")} ${tin.npis()?join(", ")}</span></#if>
                        </li>
                    </#list>
                </ul>
            </dd>
        </dl>
        <form id="ta-request-review" class="${properties.kcFormClass!}" action="${url.loginAction}" method="post">
            <@buttons.defaultAction name="action" value="submit"/>
            <@buttons.actionGroup horizontal=true>
                <@buttons.button id="ta-edit" name="action" label="requestBack" value="edit" type="secondary" fullWidth=false/>
                <@buttons.button id="ta-submit" name="action" label="requestSubmit" value="submit" fullWidth=false/>
            </@buttons.actionGroup>
        </form>
    </#if>
</@layout.registrationLayout>
