<#--
  TIN Access's copy of keycloak.v2's select-authenticator.ftl (Keycloak 26.6 and 26.7, the same file):
  each factor there is a <div role="button"> that only a mouse click submits, so a keyboard user
  could focus it but not choose it (WCAG 2.1.1, 4.1.2), and all its forms shared one id. Here each
  factor is a real submit button of its own form. Compare with Keycloak's when it moves.
-->
<#import "template.ftl" as layout>
<@layout.registrationLayout displayInfo=false; section>
    <#if section = "header" || section = "show-username">
        <#if section = "header">
            ${msg("loginChooseAuthenticator")}
        </#if>
    <#elseif section = "form">

    <ul class="${properties.kcSelectAuthListClass!}" role="list">
        <#list auth.authenticationSelections as authenticationSelection>
            <li class="${properties.kcSelectAuthListItemWrapperClass!}">
                <form id="kc-select-credential-form-${authenticationSelection?index}" class="${properties.kcFormClass!} ta-select-credential-form"
                      action="${url.loginAction}" method="post">
                    <input type="hidden" name="authenticationExecution" value="${authenticationSelection.authExecId}">
                    <button type="submit" class="${properties.kcSelectAuthListItemClass!} ta-select-credential">
                        <span class="pf-v5-c-data-list__item-content pf-v5-u-flex-wrap-wrap">
                            <span class="${properties.kcSelectAuthListItemIconClass!}">
                                <i class="${properties['${authenticationSelection.iconCssClass}']!authenticationSelection.iconCssClass} ${properties.kcSelectAuthListItemIconPropertyClass!}" aria-hidden="true"></i>
                            </span>
                            <span class="${properties.kcSelectAuthListItemBodyClass!}">
                                <span class="${properties.kcSelectAuthListItemHeadingClass!}">
                                    ${msg('${authenticationSelection.displayName}')}
                                </span>
                            </span>
                            <span class="${properties.kcSelectAuthListItemDescriptionClass!}">
                                ${msg('${authenticationSelection.helpText}')}
                            </span>
                        </span>
                        <span class="${properties.kcSelectAuthListItemFillClass!}">
                            <i class="${properties.kcSelectAuthListItemArrowIconClass!}" aria-hidden="true"></i>
                        </span>
                    </button>
                </form>
            </li>
        </#list>
    </ul>

    </#if>
</@layout.registrationLayout>
