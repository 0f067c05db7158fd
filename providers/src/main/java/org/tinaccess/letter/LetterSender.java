package org.tinaccess.letter;

import org.keycloak.provider.Provider;

/** How letters leave: {@code --spi-letter-sender--provider=file|http}. */
public interface LetterSender extends Provider {

    void send(Letter letter) throws LetterSendException;

    @Override
    default void close() {
        // stateless
    }

    /** The letter was not handed over; the request line falls back to a reviewer. */
    final class LetterSendException extends Exception {
        public LetterSendException(String message, Throwable cause) {
            super(message, cause);
        }

        public LetterSendException(String message) {
            super(message);
        }
    }
}
