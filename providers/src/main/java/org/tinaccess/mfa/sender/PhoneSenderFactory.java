package org.tinaccess.mfa.sender;

import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.provider.ProviderFactory;

/** Factory of a {@link PhoneSender}; server-wide settings come from its Config.Scope. */
public interface PhoneSenderFactory extends ProviderFactory<PhoneSender> {

    @Override
    default void postInit(KeycloakSessionFactory factory) {
        // nothing to wire
    }

    @Override
    default void close() {
        // stateless
    }
}
