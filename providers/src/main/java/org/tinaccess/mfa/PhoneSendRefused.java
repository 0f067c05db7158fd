package org.tinaccess.mfa;

/** A code that was not sent because a {@link PhoneSendPolicy} guard refused it; nothing reached the gateway. */
final class PhoneSendRefused extends Exception {

    private static final long serialVersionUID = 1L;

    private final PhoneSendPolicy.Refusal refusal;

    PhoneSendRefused(PhoneSendPolicy.Refusal refusal) {
        super(refusal.reason, null, false, false);
        this.refusal = refusal;
    }

    PhoneSendPolicy.Refusal refusal() {
        return refusal;
    }
}
