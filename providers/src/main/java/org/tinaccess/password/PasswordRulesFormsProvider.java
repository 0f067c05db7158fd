package org.tinaccess.password;

import jakarta.ws.rs.core.UriBuilder;
import java.util.Locale;
import java.util.Properties;
import org.keycloak.forms.login.LoginFormsPages;
import org.keycloak.forms.login.freemarker.FreeMarkerLoginFormsProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.PasswordPolicy;
import org.keycloak.theme.Theme;

/**
 * Keycloak's login pages, with the realm's password rules on the pages that set a password
 * ({@code passwordRules}, see {@code login-update-password.ftl}). Keycloak's own
 * {@code passwordPolicies} bean knows only Keycloak's policies and the template cannot read the
 * realm's policy; this is the one place the page model is built. FreeMarkerLoginFormsProvider is a
 * private SPI class: we add one attribute and change nothing else.
 */
public class PasswordRulesFormsProvider extends FreeMarkerLoginFormsProvider {

    public PasswordRulesFormsProvider(KeycloakSession session) {
        super(session);
    }

    @Override
    protected void createCommonAttributes(Theme theme, Locale locale, Properties messagesBundle, UriBuilder baseUriBuilder,
            LoginFormsPages page) {
        super.createCommonAttributes(theme, locale, messagesBundle, baseUriBuilder, page);
        if (realm != null && (page == LoginFormsPages.LOGIN_UPDATE_PASSWORD || page == LoginFormsPages.REGISTER)) {
            PasswordPolicy policy = realm.getPasswordPolicy();
            attributes.put("passwordRules", PasswordRules.of(policy.getPolicies(), policy::getPolicyConfig));
        }
    }
}
