package org.tinaccess.mfa;

import org.keycloak.Config;
import org.keycloak.authentication.RequiredActionFactory;
import org.keycloak.authentication.RequiredActionProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;

public class MfaEnrollRequiredActionFactory implements RequiredActionFactory {

    private static final MfaEnrollRequiredAction SINGLETON = new MfaEnrollRequiredAction();

    @Override
    public RequiredActionProvider create(KeycloakSession session) {
        return SINGLETON;
    }

    @Override
    public String getId() {
        return MfaEnrollRequiredAction.PROVIDER_ID;
    }

    @Override
    public String getDisplayText() {
        return "Set up multifactor authentication";
    }

    @Override
    public void init(Config.Scope config) {
        // nothing server-wide
    }

    @Override
    public void postInit(KeycloakSessionFactory factory) {
        // nothing to wire
    }

    @Override
    public void close() {
        // stateless
    }
}
