package org.tinaccess.mfa;

import org.keycloak.Config;
import org.keycloak.events.EventListenerProvider;
import org.keycloak.events.EventListenerProviderFactory;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;

/** Registers {@link SecondFactorRemovalGuard} for every realm: a safeguard no realm setting should be able to leave out. */
public class SecondFactorRemovalGuardFactory implements EventListenerProviderFactory {

    public static final String PROVIDER_ID = "tin-access-second-factor-guard";

    @Override
    public EventListenerProvider create(KeycloakSession session) {
        return new SecondFactorRemovalGuard(session);
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
