<#ftl output_format="plainText">
<#-- How to reach the Provider Assistance Center (realm settings, see HelpContacts), under every mail's signature. -->
<#macro numbers list><#list list as number>${number}<#sep><#if number?index == list?size - 2> ${msg("helpOr")} <#else>, </#if></#sep></#list></#macro>
<#macro contacts>
<#if helpContacts?? && helpContacts.isPresent()>
${msg("helpCenter")}<#if helpContacts.phones()?has_content>: <@numbers list=helpContacts.phones()/></#if><#if helpContacts.tty()?has_content>; ${msg("helpTty")} <@numbers list=helpContacts.tty()/></#if><#if helpContacts.hours()?has_content>. ${msg("helpHours", helpContacts.hours())}</#if><#if helpContacts.url()?has_content>. ${msg("helpOnline")} ${helpContacts.url()}</#if><#if helpContacts.email()?has_content>. ${msg("helpWrite")} ${helpContacts.email()}</#if>.
</#if>
</#macro>
<#macro signature>
${msg("emailSignature")}
<@contacts/>
</#macro>
