<#-- Keycloak's hook for a login footer: on the sign-in page, the way to join an existing provider (seed 004). -->
<#macro content>
  <#if pageId?? && (pageId == "login" || pageId == "login-username") && url.loginUrl?contains("/login-actions")>
    <div id="ta-join-link" class="${properties.kcLoginFooterBand!}">
      <span>${msg("joinLinkIntro")} <a href="${url.loginUrl?keep_before("/login-actions")}/tin-access/join">${msg("joinLink")}</a></span>
    </div>
  </#if>
</#macro>
