<#import "template.ftl" as layout>
<#import "field.ftl" as field>
<#import "buttons.ftl" as buttons>
<@layout.registrationLayout displayMessage=messagesPerField.exists('global') displayRequiredFields=false displayInfo=true; section>
    <#if section = "header">
        ${msg("pinTitle")}
    <#elseif section = "form">
        <#if letterSentFor?has_content>
            <p id="ta-pin-letter-sent" role="status">${msg("pinLetterAgainSent", letterSentFor)}</p>
        </#if>
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
                <#-- Another letter: its own form, so Enter in the PIN field still sends the PIN. -->
                <form id="ta-pin-letter-${line.id()}" class="ta-pin-letter" action="${pinUrl}" method="post" novalidate="novalidate">
                    <input type="hidden" name="csrf" value="${csrf}"/>
                    <input type="hidden" name="key" value="${key}"/>
                    <input type="hidden" name="line" value="${line.id()}"/>
                    <input type="hidden" name="action" value="letter"/>
                    <#if line.letterAgain()>
                        <p id="ta-pin-letter-intro-${line?index}">${msg("pinLetterAgainIntro")}</p>
                        <@buttons.button id="ta-pin-letter-${line?index}" label="pinLetterAgain" type="secondary" fullWidth=false/>
                    <#elseif line.letterAgainFrom()?has_content>
                        <p class="ta-hint" id="ta-pin-letter-from-${line?index}">${msg("pinLetterAgainFrom", line.letterAgainFrom())}</p>
                    </#if>
                </form>
            </#list>
        <#elseif key?has_content && !messagesPerField.exists('global')>
            <p id="ta-pin-nothing">${msg("pinNothingWaiting")}</p>
        </#if>
    <#elseif section = "info">
        <p class="ta-hint">${msg("pinHelp")}</p>
    </#if>
</@layout.registrationLayout>
