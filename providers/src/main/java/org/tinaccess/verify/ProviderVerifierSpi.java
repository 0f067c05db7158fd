package org.tinaccess.verify;

import org.keycloak.provider.Provider;
import org.keycloak.provider.ProviderFactory;
import org.keycloak.provider.Spi;

/** The {@code provider-verifier} SPI: where payment records and addresses of record come from. */
public class ProviderVerifierSpi implements Spi {

    public static final String NAME = "provider-verifier";

    @Override
    public boolean isInternal() {
        return false;
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public Class<? extends Provider> getProviderClass() {
        return ProviderVerifier.class;
    }

    @Override
    public Class<? extends ProviderFactory> getProviderFactoryClass() {
        return ProviderVerifierFactory.class;
    }
}
