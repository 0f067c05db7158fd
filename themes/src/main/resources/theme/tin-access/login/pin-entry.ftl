<#import "template.ftl" as layout>
<#import "field.ftl" as field>
<#import "buttons.ftl" as buttons>
<@layout.registrationLayout displayMessage=messagesPerField.exists('global') displayRequiredFields=false displayInfo=true; section>
    <#if section = "header">
        ${msg("pinTitle")}
    <#elseif section = "form">
        <#if lines?has_content>
            <p class="ta-step">${msg("pinIntro")}</p>
            <#list lines as line>
                <form id="ta-pin-${line.id()}" class="${properties.kcFormClass!} ta-pin-form" action="${pinUrl}" method="post" novalidate="novalidate">
                    <input type="hidden" name="csrf" value="${csrf}"/>
                    <input type="hidden" name="key" value="${key}"/>
                    <input type="hidden" name="line" value="${line.id()}"/>
                    <h2 class="ta-list-title">${msg("pinForTin", line.ending())}</h2>
                    <@field.input name="pin" id="pin-" + line?index label=msg("pinLabel") autocomplete="one-time-code" autofocus=(line?index == 0) hint=msg("pinHint")/>
                    <@buttons.actionGroup>
                        <@buttons.button id="ta-pin-submit-${line?index}" label="pinSubmit"/>
                    </@buttons.actionGroup>
                </form>
            </#list>
        <#elseif key?has_content && !messagesPerField.exists('global')>
            <p id="ta-pin-nothing">${msg("pinNothingWaiting")}</p>
        </#if>
    <#elseif section = "info">
        <p class="ta-hint">${msg("pinHelp")}</p>
    </#if>
</@layout.registrationLayout>
