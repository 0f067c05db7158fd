package org.tinaccess.mfa.sender;

import java.util.Locale;
import java.util.Optional;

/** How a code reaches a phone: a text message or a voice call that reads it out. */
public enum PhoneChannel {
    SMS,
    VOICE;

    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    public PhoneChannel other() {
        return this == SMS ? VOICE : SMS;
    }

    public static Optional<PhoneChannel> fromValue(String value) {
        for (PhoneChannel channel : values()) {
            if (channel.value().equals(value)) {
                return Optional.of(channel);
            }
        }
        return Optional.empty();
    }
}
