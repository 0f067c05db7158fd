package org.tinaccess.mfa;

import org.keycloak.events.EventListenerProvider;
import org.keycloak.models.KeycloakSession;
import org.tinaccess.events.GlobalEventListenerFactory;

/** Registers {@link SecondFactorRemovalGuard} for every realm: a safeguard no realm setting should be able to leave out. */
public class SecondFactorRemovalGuardFactory extends GlobalEventListenerFactory {

    public static final String PROVIDER_ID = "tin-access-second-factor-guard";

    @Override
    public EventListenerProvider create(KeycloakSession session) {
        return new SecondFactorRemovalGuard(session);
    }

    @Override
    public String getId() {
        return PROVIDER_ID;
    }
}
