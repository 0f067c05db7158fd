package org.tinaccess.mfa;

import java.time.Duration;
import java.util.Optional;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.tinaccess.limits.ClusterRateLimit;
import org.tinaccess.phone.NanpRegion;
import org.tinaccess.settings.TinAccessSettings;

/**
 * What stands between a page and the phone gateway (SMS pumping and toll fraud, NIST SP 800-63B):
 * the number must ring in an allowed region; one sign-in or enrolment sends a code no sooner than
 * the interval after its last one and at most a few in all, whatever numbers it is given; and one
 * person and one number get a bounded number of codes per hour and per day, counted across the
 * cluster. The checks that cost nothing run first, so a refused send never uses up a slot.
 */
final class PhoneSendPolicy {

    /** Why a code was not sent: the event's reason and the page's message. */
    enum Refusal {
        REGION("region", "phoneRegionRefused"),
        TOO_SOON("too_soon", "phoneOtpResendWait"),
        SESSION_LIMIT("session_limit", "phoneOtpTooMany"),
        USER_LIMIT("user_limit", "phoneOtpTooMany"),
        NUMBER_LIMIT("number_limit", "phoneOtpTooMany");

        final String reason;
        final String message;

        Refusal(String reason, String message) {
            this.reason = reason;
            this.message = message;
        }
    }

    private static final Duration HOUR = Duration.ofHours(1);
    private static final Duration DAY = Duration.ofDays(1);

    private PhoneSendPolicy() {}

    /**
     * @param lastSentAt when this authentication session last sent a code (0: never)
     * @param sentInSession how many codes this authentication session sent
     */
    static Optional<Refusal> check(KeycloakSession session, RealmModel realm, UserModel user, String phone, long lastSentAt,
            int sentInSession, long now) {
        TinAccessSettings settings = TinAccessSettings.from(realm::getAttribute);
        if (!settings.phoneRegions().contains(NanpRegion.of(phone))) {
            return Optional.of(Refusal.REGION);
        }
        if (lastSentAt > 0 && now - lastSentAt < settings.phoneCodeInterval().toMillis()) {
            return Optional.of(Refusal.TOO_SOON);
        }
        if (sentInSession >= settings.phoneSendsPerSession()) {
            return Optional.of(Refusal.SESSION_LIMIT);
        }
        ClusterRateLimit limits = new ClusterRateLimit(session, realm);
        if (!limits.tryAcquire("phone-user-hour", user.getId(), settings.phoneSendsPerHour(), HOUR)
                || !limits.tryAcquire("phone-user-day", user.getId(), settings.phoneSendsPerDay(), DAY)) {
            return Optional.of(Refusal.USER_LIMIT);
        }
        if (!limits.tryAcquire("phone-number-hour", phone, settings.phoneSendsPerHour(), HOUR)
                || !limits.tryAcquire("phone-number-day", phone, settings.phoneSendsPerDay(), DAY)) {
            return Optional.of(Refusal.NUMBER_LIMIT);
        }
        return Optional.empty();
    }
}
