package org.tinaccess.image;

import org.keycloak.Config;
import org.keycloak.authentication.RequiredActionFactory;
import org.keycloak.authentication.RequiredActionProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;

public class SecurityImageRequiredActionFactory implements RequiredActionFactory {

    private static final SecurityImageRequiredAction SINGLETON = new SecurityImageRequiredAction();

    @Override
    public RequiredActionProvider create(KeycloakSession session) {
        return SINGLETON;
    }

    @Override
    public String getId() {
        return SecurityImageRequiredAction.PROVIDER_ID;
    }

    @Override
    public String getDisplayText() {
        return "Choose a security image";
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
