<#--
  The warning before a request step's login timeout ends it (WCAG 2.2.1). The server tells the page
  its timeout (LoginTimeout); the script fills the alert when the warning is due and the button posts
  the step's form with everything typed, which shows the same page again with a new timeout.
  The button is no submit button of the form: a form's implicit submission (Enter in a field) clicks
  its first submit button, hidden or not, and that must be the step's own primary action.
-->
<#macro warning form action>
  <#if loginTimeoutSeconds??>
    <div id="ta-timeout" class="ta-timeout" data-seconds="${loginTimeoutSeconds?c}" data-warning-seconds="${loginTimeoutWarningSeconds?c}"
         data-warning="${msg("loginTimeoutWarning", duration(loginTimeoutSeconds), duration(loginTimeoutWarningSeconds))}"
         data-expired="${msg("loginTimeoutExpired")}">
      <p id="ta-timeout-alert" class="ta-timeout-alert" role="alert"></p>
      <button id="ta-keep-going" type="button" data-form="${form}" data-action="${action}" hidden
              class="${properties.kcButtonClass!} ${properties.kcButtonSecondaryClass!}">${msg("loginTimeoutKeepGoing")}</button>
    </div>
    <script src="${url.resourcesPath}/js/login-timeout.js" defer></script>
  </#if>
</#macro>

<#function duration seconds>
  <#if seconds gte 120 && seconds % 60 == 0>
    <#return msg("loginTimeoutMinutes", (seconds / 60)?c)>
  </#if>
  <#return msg("loginTimeoutSecondsText", seconds?c)>
</#function>
