<#--
  TIN Access owns keycloak.v2's button macros, so that one theme jar draws the same pages on every
  supported Keycloak minor. Keycloak 26.7 gave `button` the parameters type= and fullWidth=; 26.6
  has neither and prints unknown parameters as HTML attributes, where a boolean stops the page
  (HTTP 500). Being named buttons.ftl, this file replaces keycloak.v2's for every page of the theme,
  Keycloak's own included, so it keeps every macro their templates call on 26.6 and on 26.7
  (actionGroup, button, buttonLink, loginButton) and takes both ways of calling `button`:
  - 26.7's: type picks the kind (primary, secondary, link), fullWidth adds the block class, class
    adds more classes. Our pages call it this way.
  - 26.6's: class lists every class, the kind among them (kcButtonPrimaryClass...); such a list is
    drawn as given.
  A call that names neither was narrow on 26.6 and is full width on 26.7; it is drawn full width.
  ButtonsMacroTest draws every call of the run's keycloak.v2 templates with this file and Keycloak's.
-->
<#macro actionGroup horizontal=false>
  <div class="${properties.kcFormGroupClass}">
    <div class="${properties.kcFormActionGroupClass} <#if horizontal>pf-v5-u-flex-nowrap<#else>pf-v5-u-flex-wrap</#if>">
      <#nested>
    </div>
  </div>
</#macro>

<#macro button label id="" name="" type="primary" fullWidth=true class=[] extra...>
  <#if class?filter(c -> c?starts_with("kcButton") && c != "kcButtonBlockClass")?has_content>
    <#local classes = class>
  <#else>
    <#local classes = ["kcButton" + type?cap_first + "Class"] + fullWidth?then(["kcButtonBlockClass"], []) + class>
  </#if>
  <button class="<#list classes as c>${properties[c]}<#sep> </#sep></#list>" name="${name}" id="${id}"
          type="submit" <#list extra as attrName, attrVal>${attrName}="${attrVal}"</#list>>
  ${msg(label)}
  </button>
</#macro>

<#--
  A form's implicit submission (Enter in a field) clicks its first submit button in tree order. A form
  whose visible primary button comes after a secondary one (Back before Next) starts with this copy of
  the primary's name and value: hidden from sight, focus and assistive technology, there for Enter.
-->
<#macro defaultAction name value="">
  <button type="submit" name="${name}" value="${value}" hidden="hidden" tabindex="-1" aria-hidden="true" class="ta-default-action"></button>
</#macro>

<#macro buttonLink href label id="" class=["kcButtonSecondaryClass", "kcButtonBlockClass"]>
  <a id="${id}" href="${href}" class="<#list class as c>${properties[c]}<#sep> </#sep></#list>">${msg(label)}</a>
</#macro>

<#macro loginButton>
  <@actionGroup>
    <@button id="kc-login" name="login" label="doLogIn"/>
  </@actionGroup>
</#macro>
