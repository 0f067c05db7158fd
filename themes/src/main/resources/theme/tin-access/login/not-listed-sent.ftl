<#import "template.ftl" as layout>
<@layout.registrationLayout displayMessage=false; section>
    <#if section = "header">
        ${msg("notListedSentTitle")}
    <#elseif section = "form">
        <div id="ta-not-listed-sent">
            <p>${msg("notListedSentText")}</p>
            <p>${msg("requestReferenceLabel")} <strong id="ta-reference">${reference}</strong></p>
            <#if helpContacts.isPresent()>
                <p id="ta-help-contacts">${msg("notListedSentHelp")}<#if helpContacts.phones()?has_content> <#list helpContacts.phones() as number><a href="tel:${number?replace("[^0-9+]", "", "r")}">${number}</a><#sep>, </#sep></#list></#if><#if helpContacts.tty()?has_content>; ${msg("notListedSentTty")} <#list helpContacts.tty() as number><a href="tel:${number?replace("[^0-9+]", "", "r")}">${number}</a><#sep>, </#sep></#list></#if><#if helpContacts.hours()?has_content>. ${msg("notListedSentHours", helpContacts.hours())}</#if><#if helpContacts.url()?has_content>. <a href="${helpContacts.url()}">${helpContacts.url()}</a></#if>.</p>
            </#if>
            <p><a id="ta-back-to-join" href="${joinUrl}">${msg("notListedBackToJoin")}</a></p>
        </div>
    </#if>
</@layout.registrationLayout>
