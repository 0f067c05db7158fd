package org.tinaccess.mfa.sender;

/** The gateway did not take the message; the user is asked to try again. Its text never holds the code. */
public class PhoneSendException extends Exception {

    public PhoneSendException(String message) {
        super(message);
    }

    public PhoneSendException(String message, Throwable cause) {
        super(message, cause);
    }
}
