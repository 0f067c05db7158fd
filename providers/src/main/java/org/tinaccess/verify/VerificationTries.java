package org.tinaccess.verify;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.keycloak.events.EventBuilder;
import org.keycloak.events.EventType;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.tinaccess.limits.ClusterRateLimit;
import org.tinaccess.settings.VerificationSettings;
import org.tinaccess.tin.Tin;

/**
 * Guessing is the threat to payment matching and mailed PINs; locking the real owner out is the
 * threat of the cure. So failed tries are counted, across the cluster ({@link ClusterRateLimit}),
 * per requester (e-mail), per client address, per thing guessed at from one address, and for the
 * whole realm; one address's guesses at a TIN close that TIN to that address only. A TIN's payments
 * also have a ceiling for the day that only several addresses together reach, past which the
 * requester still has the mailed PIN and a reviewer (a PIN is guessed per request line, so nobody
 * else's wrong PINs touch the owner's). A try takes a slot of each limit before it is checked, so
 * parallel guesses cannot slip past a count; a try that succeeds gives its slots back. Every try is
 * a realm event: {@code REGISTER} when it succeeded, {@code REGISTER_ERROR} when not
 * ({@code verification_failed}, or {@code verification_limit} with the limit met in {@code limit}).
 */
public final class VerificationTries {

    private static final Duration DAY = Duration.ofDays(1);
    private static final Duration HOUR = Duration.ofHours(1);
    /** How many addresses' worth of failed tries a TIN's payments take in a day before they close for it. */
    static final int ADDRESSES_PER_TARGET = 5;

    /** What a try guesses at: a TIN's payments, or the PIN mailed for one line of a request. */
    public record Target(String kind, String id, Tin tin) {
        public static Target payments(Tin tin) {
            return new Target("payments", tin.digits(), tin);
        }

        public static Target pin(String lineId, Tin tin) {
            return new Target("pin", lineId, tin);
        }

        private String key() {
            return kind + ":" + id;
        }
    }

    private final KeycloakSession session;
    private final RealmModel realm;
    private final EventBuilder events;

    public VerificationTries(KeycloakSession session, RealmModel realm, EventBuilder events) {
        this.session = session;
        this.realm = realm;
        this.events = events;
    }

    /** One try at {@code target}: empty, after an event saying which limit, when any limit has no failed try left. */
    public Optional<Try> begin(Target target, String email, String method) {
        VerificationSettings settings = VerificationSettings.of(realm);
        String address = String.valueOf(session.getContext().getConnection().getRemoteAddr());
        ClusterRateLimit limits = new ClusterRateLimit(session, realm);
        List<Limit> all = List.of(
                new Limit("requester", "verify-requester-day", email.toLowerCase(Locale.ROOT), settings.failedTriesPerDay(), DAY),
                new Limit("target-address", "verify-target-address-day", target.key() + "|" + address, settings.failedTriesPerDay(), DAY),
                new Limit("address", "verify-address-day", address, settings.failedTriesPerAddressPerDay(), DAY),
                new Limit("target", "verify-target-day", target.key(), settings.failedTriesPerDay() * ADDRESSES_PER_TARGET, DAY),
                new Limit("realm", "verify-realm-hour", realm.getId(), settings.failedTriesPerRealmPerHour(), HOUR));
        List<String> taken = new ArrayList<>();
        for (Limit limit : all) {
            Optional<String> slot = limits.acquire(limit.kind(), limit.subject(), limit.max(), limit.window());
            if (slot.isEmpty()) {
                taken.forEach(limits::release);
                event(target, email, method).detail("limit", limit.name()).error("verification_limit");
                return Optional.empty();
            }
            taken.add(slot.get());
        }
        return Optional.of(new Try(limits, List.copyOf(taken), target, email, method));
    }

    private record Limit(String name, String kind, String subject, int max, Duration window) {}

    private EventBuilder event(Target target, String email, String method) {
        return events.clone().event(EventType.REGISTER)
                .detail("tinAccessVerification", method)
                .detail("tin", target.tin().masked())
                .detail("email", email);
    }

    /** A try under way; say how it ended. */
    public final class Try {
        private final ClusterRateLimit limits;
        private final List<String> slots;
        private final Target target;
        private final String email;
        private final String method;

        private Try(ClusterRateLimit limits, List<String> slots, Target target, String email, String method) {
            this.limits = limits;
            this.slots = slots;
            this.target = target;
            this.email = email;
            this.method = method;
        }

        public void succeeded() {
            slots.forEach(limits::release);
            event(target, email, method).success();
        }

        public void failed() {
            event(target, email, method).error("verification_failed");
        }

        /** The other side did not answer: not the requester's failure, so the slots go back. */
        public void unanswered() {
            slots.forEach(limits::release);
            event(target, email, method).error("verification_unavailable");
        }
    }
}
