<#import "template.ftl" as layout>
<#import "field.ftl" as field>
<#import "buttons.ftl" as buttons>
<#import "timeout.ftl" as timeout>
<@layout.registrationLayout displayMessage=false displayInfo=true; section>
    <#if section = "header">
        ${msg("requestTinsTitle")}
    <#elseif section = "form">
        <p class="ta-step">${msg("requestTinsIntro")}</p>
        <@timeout.warning form="ta-request-tins" action="keep"/>
        <form id="ta-request-tins" class="${properties.kcFormClass!}" action="${url.loginAction}" method="post" novalidate="novalidate">
            <@field.input name="tin" label=msg("requestTin") value=typedTin autocomplete="off" autofocus=true hint=msg("requestTinHint")/>
            <@buttons.actionGroup>
                <@buttons.button id="ta-add" name="action" label="requestAdd" value="add" type="secondary"/>
            </@buttons.actionGroup>

            <h2 class="ta-list-title">${msg("requestAddedTins")}</h2>
            <#if tins?has_content>
                <ul id="ta-added-tins" class="ta-tin-list">
                    <#list tins as tin>
                        <li>
                            <span class="ta-tin">${tin.formatted()}</span>
                            <button type="submit" class="${properties.kcButtonLinkClass!} ta-remove" name="action" value="remove:${tin.digits()}"
                                    aria-label="${msg("requestRemoveTin", tin.formatted())}">${msg("requestRemove")}</button>
                        </li>
                    </#list>
                </ul>
            <#else>
                <p id="ta-no-tins" class="ta-hint">${msg("requestNoTinsYet", maxTins)}</p>
            </#if>

            <@buttons.actionGroup horizontal=true>
                <@buttons.button id="ta-back" name="action" label="requestBack" value="back" type="secondary" fullWidth=false/>
                <@buttons.button id="ta-next" name="action" label="requestNext" value="next" fullWidth=false/>
            </@buttons.actionGroup>
        </form>
    <#elseif section = "info">
        <p class="ta-hint">${msg("requestTinsNote")}</p>
    </#if>
</@layout.registrationLayout>
