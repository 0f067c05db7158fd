package org.tinaccess.verify;

import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.provider.ProviderFactory;

/** Factory of a {@link ProviderVerifier}; server-wide settings come from its Config.Scope. */
public interface ProviderVerifierFactory extends ProviderFactory<ProviderVerifier> {

    @Override
    default void postInit(KeycloakSessionFactory factory) {
        // nothing to wire
    }

    @Override
    default void close() {
        // stateless
    }
}
