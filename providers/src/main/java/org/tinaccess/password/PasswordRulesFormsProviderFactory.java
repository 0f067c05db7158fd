package org.tinaccess.password;

import org.keycloak.forms.login.LoginFormsProvider;
import org.keycloak.forms.login.freemarker.FreeMarkerLoginFormsProviderFactory;
import org.keycloak.models.KeycloakSession;

/**
 * Takes the place of Keycloak's {@code freemarker} login forms provider by Keycloak's rule for
 * overriding a built-in provider: the same id and a higher {@link #order()}.
 */
public class PasswordRulesFormsProviderFactory extends FreeMarkerLoginFormsProviderFactory {

    @Override
    public LoginFormsProvider create(KeycloakSession session) {
        return new PasswordRulesFormsProvider(session);
    }

    @Override
    public int order() {
        return 1;
    }
}
