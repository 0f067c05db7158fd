package org.tinaccess.mfa.sender;

import org.keycloak.provider.Provider;
import org.keycloak.provider.ProviderFactory;
import org.keycloak.provider.Spi;

/** The {@code phone-sender} SPI: how one-time codes reach phones. */
public class PhoneSenderSpi implements Spi {

    public static final String NAME = "phone-sender";

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
        return PhoneSender.class;
    }

    @Override
    public Class<? extends ProviderFactory> getProviderFactoryClass() {
        return PhoneSenderFactory.class;
    }
}
