package org.tinaccess.mfa.sender;

import org.jboss.logging.Logger;
import org.keycloak.Config;
import org.keycloak.models.KeycloakSession;

/**
 * Development only: writes the code to the server log instead of sending it. The default when no
 * sender is configured, with a warning at start-up so that nobody runs production on it.
 */
public class LogPhoneSender implements PhoneSender, PhoneSenderFactory {

    public static final String PROVIDER_ID = "log";
    private static final Logger LOG = Logger.getLogger(LogPhoneSender.class);

    @Override
    public void send(PhoneMessage message) {
        LOG.infof("[dev only] %s to %s: %s", message.channel().value(), message.to(), message.text());
    }

    @Override
    public PhoneSender create(KeycloakSession session) {
        return this;
    }

    @Override
    public void init(Config.Scope config) {
        LOG.warn("Phone codes are written to the log, not sent (phone-sender provider 'log'). "
                + "Set --spi-phone-sender--provider=http or twilio in production.");
    }

    @Override
    public void close() {
        // both the provider and its factory: nothing held
    }

    @Override
    public String getId() {
        return PROVIDER_ID;
    }

    /** Keycloak picks the highest order as the default provider when none is configured. */
    @Override
    public int order() {
        return 1;
    }
}
