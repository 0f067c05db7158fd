<#--
  TIN Access owns keycloak.v2's field macros (this file replaces Keycloak's field.ftl for every page
  of the theme, Keycloak's own included) so that each field tells a screen reader what it needs
  (WCAG 1.3.1, 3.3.1, 3.3.2):
  - a required field carries aria-required (the visible asterisk stays hidden from screen readers,
    which would only read "star");
  - a format hint (hint=) shows under the label before anything is typed, not only in the error;
  - the hint and the error are the field's description (aria-describedby), so the error is read
    with the field it belongs to;
  - after a refused submit, focus goes to the first field with an error, not to the page's first
    field. The error is in the page as loaded, so an aria-live region would announce nothing; focus
    on the described field is what tells the person.
  for= names the control when its id is not the field's name (the read-only username).
  Same macros and parameters as Keycloak 26.7's field.ftl; unknown ones are not accepted.
-->

<#-- True for the one field that gets focus: the first field with an error, or, on a page without
     errors, the field its template asks for. -->
<#function takesFocus error autofocus>
  <#if error?has_content>
    <#if !(taErrorFocused!false)>
      <#global taErrorFocused = true>
      <#return true>
    </#if>
    <#return false>
  </#if>
  <#-- A page drawn with setErrors(an empty list) has an error message without words: no error. -->
  <#return autofocus && !(message?? && message.type == 'error' && (message.summary!'')?has_content)>
</#function>

<#-- The ids of a field's hint and error, for aria-describedby; empty when it has neither. -->
<#function describedBy name error hint>
  <#local ids = []>
  <#if hint?has_content><#local ids = ids + ["input-hint-" + name]></#if>
  <#if error?has_content><#local ids = ids + ["input-error-" + name]></#if>
  <#return ids?join(" ")>
</#function>

<#-- The attributes every control of a group carries: required, invalid, description, focus. -->
<#macro controlAttributes name error hint required autofocus>
  <#local described = describedBy(name, error, hint)>
  <#if required>aria-required="true" </#if><#if error?has_content>aria-invalid="true" </#if><#if described?has_content>aria-describedby="${described}" </#if><#if takesFocus(error, autofocus)>autofocus</#if>
</#macro>

<#macro group name label error="" required=false hint="" for=name>

<div class="${properties.kcFormGroupClass}">
    <div class="${properties.kcFormGroupLabelClass}">
        <label for="${for}" class="${properties.kcFormLabelClass}">
        <span class="${properties.kcFormLabelTextClass}">
            ${label}
        </span>
            <#if required>
                <span class="${properties.kcInputRequiredClass}" aria-hidden="true">&#42;</span>
            </#if>
        </label>
    </div>

    <#nested>

    <#if hint?has_content>
        <div class="${properties.kcFormHelperTextClass}">
            <div class="${properties.kcInputHelperTextClass}">
                <div class="${properties.kcInputHelperTextItemClass}" id="input-hint-${name}">
                    <span class="${properties.kcInputHelperTextItemTextClass} ta-hint">${hint}</span>
                </div>
            </div>
        </div>
    </#if>
    <div id="input-error-container-${name}">
        <#if error?has_content>
            <div class="${properties.kcFormHelperTextClass}">
                <div class="${properties.kcInputHelperTextClass}">
                    <div class="${properties.kcInputHelperTextItemClass} ${properties.kcError}" id="input-error-${name}">
                        <span class="${properties.kcInputErrorMessageClass}">
                            ${error}
                        </span>
                    </div>
                </div>
            </div>
        </#if>
    </div>
</div>

</#macro>

<#macro errorIcon error="">
  <#if error?has_content>
    <span class="${properties.kcFormControlUtilClass}">
        <span class="${properties.kcInputErrorIconStatusClass}">
          <i class="${properties.kcInputErrorIconClass}" aria-hidden="true"></i>
        </span>
    </span>
  </#if>
</#macro>

<#-- id: the control's id when a page draws one field name more than once (the PIN page, a form per Tax ID). -->
<#macro input name label value="" required=false autocomplete="off" fieldName=name error=messagesPerField.get(fieldName) autofocus=false hint="" id=name>
  <@group name=id label=label error=error required=required hint=hint>
    <span class="${properties.kcInputClass} <#if error?has_content>${properties.kcError}</#if>">
        <input id="${id}" name="${name}" value="${value}" type="text" autocomplete="${autocomplete}"
                <#if autocomplete == "one-time-code">inputmode="numeric"</#if>
                <@controlAttributes name=id error=error hint=hint required=required autofocus=autofocus/>/>
        <@errorIcon error=error/>
    </span>
  </@group>
</#macro>

<#macro password name label value="" required=false forgotPassword=false fieldName=name error=messagesPerField.get(fieldName) autocomplete="off" autofocus=false hint="">
  <@group name=name label=label error=error required=required hint=hint>
    <div class="${properties.kcInputGroup}">
      <div class="${properties.kcInputGroupItemClass} ${properties.kcFill}">
        <span class="${properties.kcInputClass} <#if error?has_content>${properties.kcError}</#if>">
          <input id="${name}" name="${name}" value="${value}" type="password" autocomplete="${autocomplete}"
                  <@controlAttributes name=name error=error hint=hint required=required autofocus=autofocus/>/>
          <@errorIcon error=error/>
        </span>
      </div>
      <div class="${properties.kcInputGroupItemClass}">
        <button class="${properties.kcFormPasswordVisibilityButtonClass}" type="button" aria-label="${msg('showPassword')}"
                aria-controls="${name}" data-password-toggle
                data-icon-show="${properties.kcFormPasswordVisibilityIconShow}" data-icon-hide="${properties.kcFormPasswordVisibilityIconHide}"
                data-label-show="${msg('showPassword')}" data-label-hide="${msg('hidePassword')}" id="${name}-show-password">
            <i class="${properties.kcFormPasswordVisibilityIconShow}" aria-hidden="true"></i>
        </button>
      </div>
    </div>
    <div class="${properties.kcFormHelperTextClass}">
        <div class="${properties.kcInputHelperTextClass}">
            <#-- Additional helper items -->
            <#nested>
            <#if forgotPassword>
                <div class="${properties.kcInputHelperTextItemClass}">
                  <span class="${properties.kcInputHelperTextItemTextClass}">
                      <a href="${url.loginResetCredentialsUrl}">${msg("doForgotPassword")}</a>
                  </span>
                </div>
            </#if>
        </div>
    </div>

  </@group>
</#macro>

<#macro clipboard name label ariaLabel=label value="" readonly=true>
  <@group name=name label=label>
    <div class="${properties.kcCodeClipboardCopyClass}" id="kc-${name}-clipboard">
      <div class="${properties.kcCodeClipboardCopyGroupClass}">
        <div class="${properties.kcInputGroup}">
          <div class="${properties.kcInputGroupItemClass}">
            <button
              class="${properties.kcFormPasswordVisibilityButtonClass}"
              type="button"
              aria-label="${msg("code-clipboard-label")}"
              aria-expanded="false"
              aria-controls="kc-${name}-content"
              data-icon-expanded-class="${properties.kcAngleDownIconClass}"
              data-icon-collapsed-class="${properties.kcAngleRightIconClass}"
              data-expanded-class="${properties.kcExpandedClass}"
              id="kc-${name}-toggle"
            >
              <i id="kc-${name}-toggle-icon" class="${properties.kcAngleRightIconClass}" aria-hidden="true"></i>
            </button>
          </div>
          <div class="${properties.kcInputGroupItemClass} ${properties.kcFill}">
            <span class="${properties.kcInputClass} <#if readonly>${properties.kcFormReadOnlyClass}</#if>">
              <input
                id="${name}"
                name="${name}"
                value="${value}"
                type="text"
                <#if readonly>readonly</#if>
                aria-label="${ariaLabel}"
              />
            </span>
          </div>
          <div class="${properties.kcInputGroupItemClass}">
            <button
              class="${properties.kcFormPasswordVisibilityButtonClass}"
              type="button"
              aria-label="${msg("code-copy-label")}"
              data-icon-success="${properties.kcCheckIconClass}"
              data-icon-failure="${properties.kcInputErrorIconClass}"
              data-success-label="${msg("code-copy-success")}"
              data-failure-label="${msg("code-copy-failure")}"
              id="kc-${name}-copy-button"
            >
              <i id="kc-${name}-copy-icon" class="${properties.kcCopyIconClass}" aria-hidden="true"></i>
            </button>
          </div>
        </div>
      </div>
      <div class="${properties.kcCodeClipboardCopyContentClass}" id="kc-${name}-content" hidden>
        <pre><code aria-label="${ariaLabel}">${value}</code></pre>
      </div>
    </div>
  </@group>
</#macro>

<#-- A checkbox with, like the other controls, its hint and its error under it, both describing it
     (a screen reader hears why the box was refused), and the focus when it is the first refused field. -->
<#macro checkbox name label value=false required=false hint="">
  <#local error = messagesPerField.get(name)>
  <div class="${properties.kcCheckboxClass} ta-checkbox">
    <label for="${name}" class="${properties.kcCheckboxClass}">
      <input
        class="${properties.kcCheckboxInputClass}"
        type="checkbox"
        id="${name}"
        name="${name}"
        <#if value>checked</#if>
        <@controlAttributes name=name error=error hint=hint required=required autofocus=false/>
      />
      <span class="${properties.kcCheckboxLabelClass}">${label}</span>
      <#if required>
        <span class="${properties.kcCheckboxLabelRequiredClass}" aria-hidden="true">&#42;</span>
      </#if>
    </label>
    <#if hint?has_content>
      <p id="input-hint-${name}" class="${properties.kcInputHelperTextBeforeClass!}">${hint}</p>
    </#if>
    <#if error?has_content>
      <p id="input-error-${name}" class="${properties.kcInputErrorMessageClass!}" aria-live="polite">${kcSanitize(error)?no_esc}</p>
    </#if>
  </div>
</#macro>
