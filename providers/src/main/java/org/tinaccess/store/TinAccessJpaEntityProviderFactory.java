package org.tinaccess.store;

import org.keycloak.Config;
import org.keycloak.connections.jpa.entityprovider.JpaEntityProvider;
import org.keycloak.connections.jpa.entityprovider.JpaEntityProviderFactory;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;

/**
 * Keycloak runs our Liquibase changelog through this factory (its id names the changelog's lock
 * and history rows), and {@link RemovalCleanup} keeps our rows in step with Keycloak's.
 */
public class TinAccessJpaEntityProviderFactory implements JpaEntityProviderFactory {

    public static final String PROVIDER_ID = "tin-access";

    @Override
    public JpaEntityProvider create(KeycloakSession session) {
        return new TinAccessJpaEntityProvider();
    }

    @Override
    public void init(Config.Scope config) {
        // nothing to configure
    }

    @Override
    public void postInit(KeycloakSessionFactory factory) {
        factory.register(new RemovalCleanup());
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
