package org.tinaccess.signin;

import org.keycloak.Config;
import org.keycloak.events.EventListenerProvider;
import org.keycloak.events.EventListenerProviderFactory;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;

/** Registers {@link SignInRecorder} for every realm: the sign-in times must not depend on a realm listing the listener. */
public class SignInRecorderFactory implements EventListenerProviderFactory {

    public static final String PROVIDER_ID = "tin-access-sign-in-recorder";

    @Override
    public EventListenerProvider create(KeycloakSession session) {
        return new SignInRecorder(session);
    }

    @Override
    public boolean isGlobal() {
        return true;
    }

    @Override
    public void init(Config.Scope config) {
        // No configuration.
    }

    @Override
    public void postInit(KeycloakSessionFactory factory) {
        // Nothing to prepare.
    }

    @Override
    public void close() {
        // Nothing held.
    }

    @Override
    public String getId() {
        return PROVIDER_ID;
    }
}
