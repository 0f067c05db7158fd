package org.tinaccess.events;

import org.keycloak.Config;
import org.keycloak.events.EventListenerProviderFactory;
import org.keycloak.models.KeycloakSessionFactory;

/**
 * An event listener Keycloak runs for every realm ({@link #isGlobal()}): what no realm setting should
 * be able to leave out. Subclasses create the listener and name it; there is nothing to configure.
 */
public abstract class GlobalEventListenerFactory implements EventListenerProviderFactory {

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
}
