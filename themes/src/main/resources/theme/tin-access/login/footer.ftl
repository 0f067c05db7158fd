<#-- Keycloak's hook for a login footer: on the sign-in page, the way to join an existing provider;
     on every page, how to reach the Provider Assistance Center (realm settings, read like HelpContacts does). -->
<#macro numbers list><#list list as number><a href="tel:${number?replace("[^0-9+]", "", "r")}">${number}</a><#sep><#if number?index == list?size - 2> ${msg("helpOr")} <#else>, </#if></#sep></#list></#macro>
<#macro content>
  <#if pageId?? && (pageId == "login" || pageId == "login-username") && url.loginUrl?contains("/login-actions")>
    <div id="ta-join-link" class="${properties.kcLoginFooterBand!}">
      <span>${msg("joinLinkIntro")} <a href="${url.loginUrl?keep_before("/login-actions")}/tin-access/join">${msg("joinLink")}</a></span>
    </div>
    <div id="ta-resend-link" class="${properties.kcLoginFooterBand!}">
      <span>${msg("resendLinkIntro")} <a href="${url.loginUrl?keep_before("/login-actions")}/tin-access/activation/resend">${msg("resendLink")}</a></span>
    </div>
  </#if>
  <#assign attributes = (realm.attributes)!{}>
  <#assign phones = ((attributes["tinAccess.helpPhones"])!"")?split(",")?map(n -> n?trim)?filter(n -> n?has_content)>
  <#assign tty = ((attributes["tinAccess.helpTty"])!"")?split(",")?map(n -> n?trim)?filter(n -> n?has_content)>
  <#assign hours = ((attributes["tinAccess.helpHours"])!"")?trim>
  <#assign helpUrl = ((attributes["tinAccess.helpUrl"])!"")?trim>
  <#assign helpEmail = ((attributes["tinAccess.helpEmail"])!"")?trim>
  <#-- Only a plain e-mail address becomes a mailto link, as in HelpContacts. -->
  <#if !(helpEmail?matches("[^@\\s\"'<>]+@[^@\\s\"'<>]+\\.[^@\\s\"'<>]+"))><#assign helpEmail = ""></#if>
  <#-- Only an absolute http(s) address becomes a link, as in HelpContacts. -->
  <#if !(helpUrl?matches("(?i)https?://[^\\s/]+.*"))><#assign helpUrl = ""></#if>
  <#if phones?has_content || tty?has_content || helpUrl?has_content || helpEmail?has_content>
    <p id="ta-help" class="ta-help">${msg("helpNeed")} ${msg("helpCenter")}<#if phones?has_content>: <@numbers list=phones/></#if><#if tty?has_content>; ${msg("helpTty")} <@numbers list=tty/></#if><#if hours?has_content>. ${msg("helpHours", hours)}</#if><#if helpUrl?has_content>. <a href="${helpUrl}">${msg("helpOnlineLink")}</a></#if><#if helpEmail?has_content>. ${msg("helpWrite")} <a href="mailto:${helpEmail}">${helpEmail}</a></#if>.</p>
  </#if>
</#macro>
