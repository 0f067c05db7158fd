package org.tinaccess.verify;

import java.time.Duration;
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
 * Guessing is the threat to payment matching and mailed PINs: each TIN, and each requester
 * (e-mail), gets a few failed tries a day, counted across the cluster ({@link ClusterRateLimit}). A
 * try takes a slot of each before it is checked, so parallel guesses cannot slip past the count; a
 * try that succeeds gives its slots back. Every try is a realm event: {@code REGISTER} when it
 * succeeded, {@code REGISTER_ERROR} ({@code verification_failed} or {@code verification_limit}) when not.
 */
public final class VerificationTries {

    private static final Duration DAY = Duration.ofDays(1);

    private final KeycloakSession session;
    private final RealmModel realm;
    private final EventBuilder events;

    public VerificationTries(KeycloakSession session, RealmModel realm, EventBuilder events) {
        this.session = session;
        this.realm = realm;
        this.events = events;
    }

    /** One try at proving {@code tin}: empty when the TIN or the requester has no failed try left today. */
    public Optional<Try> begin(Tin tin, String email, String method) {
        int max = VerificationSettings.of(realm).failedTriesPerDay();
        ClusterRateLimit slots = new ClusterRateLimit(session, realm);
        Optional<String> tinSlot = slots.acquire("verify-tin-day", tin.digits(), max, DAY);
        Optional<String> requesterSlot = tinSlot.isEmpty() ? Optional.empty()
                : slots.acquire("verify-requester-day", email.toLowerCase(Locale.ROOT), max, DAY);
        if (tinSlot.isEmpty() || requesterSlot.isEmpty()) {
            tinSlot.ifPresent(slots::release);
            event(tin, email, method).error("verification_limit");
            return Optional.empty();
        }
        return Optional.of(new Try(slots, tinSlot.get(), requesterSlot.get(), tin, email, method));
    }

    private EventBuilder event(Tin tin, String email, String method) {
        return events.clone().event(EventType.REGISTER)
                .detail("tinAccessVerification", method)
                .detail("tin", tin.masked())
                .detail("email", email);
    }

    /** A try under way; say how it ended. */
    public final class Try {
        private final ClusterRateLimit slots;
        private final String tinSlot;
        private final String requesterSlot;
        private final Tin tin;
        private final String email;
        private final String method;

        private Try(ClusterRateLimit slots, String tinSlot, String requesterSlot, Tin tin, String email, String method) {
            this.slots = slots;
            this.tinSlot = tinSlot;
            this.requesterSlot = requesterSlot;
            this.tin = tin;
            this.email = email;
            this.method = method;
        }

        public void succeeded() {
            slots.release(tinSlot);
            slots.release(requesterSlot);
            event(tin, email, method).success();
        }

        public void failed() {
            event(tin, email, method).error("verification_failed");
        }

        /** The other side did not answer: not the requester's failure, so the slots go back. */
        public void unanswered() {
            slots.release(tinSlot);
            slots.release(requesterSlot);
            event(tin, email, method).error("verification_unavailable");
        }
    }
}
