package org.tinaccess.mfa.sender;

import org.keycloak.provider.Provider;

/** Delivers one-time codes by SMS or voice call. Chosen with {@code --spi-phone-sender--provider=log|http|twilio}. */
public interface PhoneSender extends Provider {

    void send(PhoneMessage message) throws PhoneSendException;

    @Override
    default void close() {
        // senders hold nothing per session
    }
}
