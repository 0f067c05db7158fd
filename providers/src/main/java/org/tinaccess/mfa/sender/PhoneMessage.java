package org.tinaccess.mfa.sender;

/**
 * One code to deliver. {@code text} is the whole sentence to send or read out; senders that
 * template their own wording can use {@code code} alone. Never logged by a sender except "log".
 */
public record PhoneMessage(PhoneChannel channel, String to, String code, String text) {

    @Override
    public String toString() {
        // A message that slips into a log line must not carry its code.
        return "PhoneMessage[" + channel.value() + " to ..." + to.substring(Math.max(0, to.length() - 4)) + "]";
    }
}
