package org.tinaccess.mfa;

import java.util.Optional;
import org.jboss.logging.Logger;
import org.keycloak.common.util.Time;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.sessions.AuthenticationSessionModel;
import org.tinaccess.mfa.sender.PhoneChannel;
import org.tinaccess.mfa.sender.PhoneMessage;
import org.tinaccess.mfa.sender.PhoneSendException;
import org.tinaccess.mfa.sender.PhoneSender;

/**
 * The code sent to a phone during one sign-in or enrolment, kept in the authentication session
 * (Keycloak's distributed cache, so any node can check it) as a salted hash, with its expiry,
 * tries and channel. When the session last sent a code and how many it sent outlive the code
 * itself, so going back and typing another number does not reset them.
 */
final class PhoneCode {

    private static final Logger LOG = Logger.getLogger(PhoneCode.class);
    private static final String PREFIX = "ta.phone.";
    private static final String HASH = PREFIX + "hash";
    private static final String SALT = PREFIX + "salt";
    private static final String EXPIRES = PREFIX + "expires";
    private static final String TRIES = PREFIX + "tries";
    private static final String SENT_AT = PREFIX + "sentAt";
    private static final String SENDS = PREFIX + "sends";
    private static final String CHANNEL = PREFIX + "channel";
    private static final String PHONE = PREFIX + "phone";

    private final AuthenticationSessionModel authSession;

    PhoneCode(AuthenticationSessionModel authSession) {
        this.authSession = authSession;
    }

    /**
     * Sends a new code (the previous one stops working) unless a {@link PhoneSendPolicy} guard
     * refuses; throws when refused or when the gateway fails.
     */
    void send(KeycloakSession session, RealmModel realm, UserModel user, String phone, PhoneChannel channel)
            throws PhoneSendException, PhoneSendRefused {
        long now = Time.currentTimeMillis();
        Optional<PhoneSendPolicy.Refusal> refusal = PhoneSendPolicy.check(session, realm, user, phone, number(SENT_AT), (int) number(SENDS), now);
        if (refusal.isPresent()) {
            throw new PhoneSendRefused(refusal.get());
        }
        String code = CodeCheck.newCode();
        String salt = CodeCheck.newSalt();
        String text = "Your Provider Portal verification code is " + code + ". It expires in 5 minutes. Never share it.";
        session.getProvider(PhoneSender.class).send(new PhoneMessage(channel, phone, code, text));
        authSession.setAuthNote(SENT_AT, String.valueOf(now));
        authSession.setAuthNote(SENDS, String.valueOf(number(SENDS) + 1));
        authSession.setAuthNote(HASH, CodeCheck.hash(code, salt));
        authSession.setAuthNote(SALT, salt);
        authSession.setAuthNote(EXPIRES, String.valueOf(now + CodeCheck.LIFESPAN_MILLIS));
        authSession.setAuthNote(TRIES, "0");
        authSession.setAuthNote(CHANNEL, channel.value());
        authSession.setAuthNote(PHONE, phone);
        LOG.debugf("Phone code sent by %s to %s", channel.value(), PhoneNumbers.masked(phone));
    }

    boolean isLive() {
        return authSession.getAuthNote(HASH) != null && Time.currentTimeMillis() <= number(EXPIRES)
                && number(TRIES) < CodeCheck.MAX_TRIES;
    }

    CodeCheck.Outcome check(String typed) {
        CodeCheck.Outcome outcome = CodeCheck.check(authSession.getAuthNote(HASH), authSession.getAuthNote(SALT), number(EXPIRES),
                (int) number(TRIES), typed, Time.currentTimeMillis());
        if (outcome == CodeCheck.Outcome.WRONG) {
            authSession.setAuthNote(TRIES, String.valueOf(number(TRIES) + 1));
        }
        return outcome;
    }

    Optional<PhoneChannel> channel() {
        return PhoneChannel.fromValue(authSession.getAuthNote(CHANNEL));
    }

    Optional<String> phone() {
        return Optional.ofNullable(authSession.getAuthNote(PHONE));
    }

    /** Forgets the code; when the session last sent one, and how many, are kept. */
    void clear() {
        for (String note : new String[] {HASH, SALT, EXPIRES, TRIES, CHANNEL, PHONE}) {
            authSession.removeAuthNote(note);
        }
    }

    private long number(String note) {
        String value = authSession.getAuthNote(note);
        return value == null ? 0 : Long.parseLong(value);
    }
}
