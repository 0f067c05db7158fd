<#-- How to reach the Provider Assistance Center (realm settings, see HelpContacts), under every mail's signature. -->
<#macro numbers list><#list list as number><a href="tel:${number?replace("[^0-9+]", "", "r")}">${number}</a><#sep><#if number?index == list?size - 2> ${msg("helpOr")} <#else>, </#if></#sep></#list></#macro>
<#macro contacts>
<#if helpContacts?? && helpContacts.isPresent()>
<p>${msg("helpCenter")}<#if helpContacts.phones()?has_content>: <@numbers list=helpContacts.phones()/></#if><#if helpContacts.tty()?has_content>; ${msg("helpTty")} <@numbers list=helpContacts.tty()/></#if><#if helpContacts.hours()?has_content>. ${msg("helpHours", helpContacts.hours())}</#if><#if helpContacts.url()?has_content>. ${msg("helpOnline")} <a href="${helpContacts.url()}">${helpContacts.url()}</a></#if><#if helpContacts.email()?has_content>. ${msg("helpWrite")} <a href="mailto:${helpContacts.email()}">${helpContacts.email()}</a></#if>.</p>
</#if>
</#macro>
<#macro signature>
<p>${msg("emailSignature")}</p>
<@contacts/>
</#macro>
