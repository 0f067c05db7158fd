package org.tinaccess.limits;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import org.keycloak.common.util.Time;
import org.keycloak.events.EventBuilder;
import org.keycloak.events.EventType;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.tinaccess.settings.FormLimits;
import org.tinaccess.store.OpenRequests;
import org.tinaccess.store.RequestKind;

/**
 * The limits of the anonymous forms (request access, join a provider): how many requests one
 * client address, one e-mail and one TIN may send per hour or day, counted across the cluster
 * ({@link ClusterRateLimit}), and how many may wait for a decision per e-mail and per TIN (the
 * database). The caps come first (they use nothing up); a refusal is an event.
 */
public final class PublicFormLimits {

    /** Why a submission was refused, the event's reason, the page's message and when to try again. */
    public record Refusal(String reason, String messageKey, long retryAfterSeconds) {}

    private static final Duration HOUR = Duration.ofHours(1);
    private static final Duration DAY = Duration.ofDays(1);

    private PublicFormLimits() {}

    public static Optional<Refusal> check(KeycloakSession session, RealmModel realm, RequestKind kind, String email, Collection<String> tins) {
        FormLimits limits = FormLimits.of(realm);
        OpenRequests open = new OpenRequests(session, realm.getId());
        if (open.byEmail(kind, email) >= limits.openPerEmail()) {
            return Optional.of(new Refusal("open_per_email", "formTooManyOpen", 0));
        }
        if (tins.stream().anyMatch(tin -> open.forTin(kind, tin) >= limits.openPerTin())) {
            return Optional.of(new Refusal("open_per_tin", "formTooManyOpen", 0));
        }
        ClusterRateLimit slots = new ClusterRateLimit(session, realm);
        String form = kind.name().toLowerCase(Locale.ROOT);
        String address = session.getContext().getConnection().getRemoteAddr();
        if (!slots.tryAcquire(form + "-address-hour", address, limits.perAddressPerHour(), HOUR)) {
            return Optional.of(new Refusal("address_limit", "formTooManyRequests", untilEndOf(HOUR)));
        }
        if (!slots.tryAcquire(form + "-email-day", email.toLowerCase(Locale.ROOT), limits.perEmailPerDay(), DAY)) {
            return Optional.of(new Refusal("email_limit", "formTooManyRequests", untilEndOf(DAY)));
        }
        for (String tin : tins) {
            if (!slots.tryAcquire(form + "-tin-day", tin, limits.perTinPerDay(), DAY)) {
                return Optional.of(new Refusal("tin_limit", "formTooManyRequests", untilEndOf(DAY)));
            }
        }
        return Optional.empty();
    }

    /** Records a refusal in the realm's events (as a registration error: both forms are ways to register). */
    public static void record(KeycloakSession session, RealmModel realm, RequestKind kind, String email, Refusal refusal) {
        new EventBuilder(realm, session, session.getContext().getConnection())
                .event(EventType.REGISTER)
                .detail("form", kind.name().toLowerCase(Locale.ROOT))
                .detail("reason", refusal.reason())
                .detail("email", email)
                .error("form_limit");
    }

    /** The page of a refusal, with the retry hint a client can read (RFC 9110 Retry-After) when there is one. */
    public static Response withRetryAfter(Response page, Refusal refusal) {
        return refusal.retryAfterSeconds() > 0
                ? Response.fromResponse(page).header(HttpHeaders.RETRY_AFTER, refusal.retryAfterSeconds()).build()
                : page;
    }

    private static long untilEndOf(Duration window) {
        long seconds = window.toSeconds();
        return seconds - Time.currentTime() % seconds;
    }
}
