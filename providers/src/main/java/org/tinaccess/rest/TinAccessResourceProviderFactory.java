package org.tinaccess.rest;

import org.keycloak.Config;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.services.resource.RealmResourceProvider;
import org.keycloak.services.resource.RealmResourceProviderFactory;

/** Mounts {@link TinAccessResource} at {@code /realms/{realm}/tin-access}. */
public class TinAccessResourceProviderFactory implements RealmResourceProviderFactory {

    public static final String PROVIDER_ID = "tin-access";

    @Override
    public RealmResourceProvider create(KeycloakSession session) {
        return new RealmResourceProvider() {
            @Override
            public Object getResource() {
                return new TinAccessResource(session);
            }

            @Override
            public void close() {
                // nothing held
            }
        };
    }

    @Override
    public void init(Config.Scope config) {
        // no server-wide settings yet
    }

    @Override
    public void postInit(KeycloakSessionFactory factory) {
        // nothing to wire
    }

    @Override
    public void close() {
        // stateless
    }

    @Override
    public String getId() {
        return PROVIDER_ID;
    }
}
