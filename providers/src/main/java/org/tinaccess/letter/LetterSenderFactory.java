package org.tinaccess.letter;

import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.provider.ProviderFactory;

/** Factory of a {@link LetterSender}; server-wide settings come from its Config.Scope. */
public interface LetterSenderFactory extends ProviderFactory<LetterSender> {

    @Override
    default void postInit(KeycloakSessionFactory factory) {
        // nothing to wire
    }

    @Override
    default void close() {
        // stateless
    }
}
