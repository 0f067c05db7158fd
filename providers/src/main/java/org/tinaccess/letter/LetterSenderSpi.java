package org.tinaccess.letter;

import org.keycloak.provider.Provider;
import org.keycloak.provider.ProviderFactory;
import org.keycloak.provider.Spi;

/** The {@code letter-sender} SPI: how PIN letters reach the post. */
public class LetterSenderSpi implements Spi {

    public static final String NAME = "letter-sender";

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
        return LetterSender.class;
    }

    @Override
    public Class<? extends ProviderFactory> getProviderFactoryClass() {
        return LetterSenderFactory.class;
    }
}
