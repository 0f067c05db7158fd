package org.tinaccess.settings;

import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.keycloak.models.RealmModel;
import org.tinaccess.store.ProofMethod;

/**
 * How requesters may prove a TIN (realm attributes): the methods offered, how long a mailed PIN
 * works, and how many failed tries a requester, a client address and the whole realm get.
 */
public record VerificationSettings(Set<ProofMethod> methods, Duration pinLifespan, int failedTriesPerDay,
        int failedTriesPerAddressPerDay, int failedTriesPerRealmPerHour) {

    public static final String METHODS = "tinAccess.verificationMethods";
    public static final String PIN_LIFESPAN = "tinAccess.pinLifespan";
    public static final String FAILED_TRIES_PER_DAY = "tinAccess.verificationTriesPerDay";
    public static final String FAILED_TRIES_PER_ADDRESS_PER_DAY = "tinAccess.verificationTriesPerAddressPerDay";
    public static final String FAILED_TRIES_PER_REALM_PER_HOUR = "tinAccess.verificationTriesPerRealmPerHour";

    /** "Valid 30 days." */
    public static final Duration DEFAULT_PIN_LIFESPAN = Duration.ofDays(30);
    /** "At most 5 failed verification tries per TIN per day and per requester." */
    public static final int DEFAULT_FAILED_TRIES_PER_DAY = 5;
    /** An office behind one address may hold several requesters, each with their own few tries. */
    public static final int DEFAULT_FAILED_TRIES_PER_ADDRESS_PER_DAY = 20;
    /** Far above a plan's honest mistakes in an hour; a guessing campaign spread over many addresses meets it. */
    public static final int DEFAULT_FAILED_TRIES_PER_REALM_PER_HOUR = 200;

    public static VerificationSettings of(RealmModel realm) {
        return from(realm::getAttribute);
    }

    public static VerificationSettings from(Function<String, String> attributes) {
        TinAccessSettings settings = TinAccessSettings.from(attributes);
        return new VerificationSettings(methods(attributes.apply(METHODS)), settings.duration(PIN_LIFESPAN, DEFAULT_PIN_LIFESPAN),
                settings.count(FAILED_TRIES_PER_DAY, DEFAULT_FAILED_TRIES_PER_DAY),
                settings.count(FAILED_TRIES_PER_ADDRESS_PER_DAY, DEFAULT_FAILED_TRIES_PER_ADDRESS_PER_DAY),
                settings.count(FAILED_TRIES_PER_REALM_PER_HOUR, DEFAULT_FAILED_TRIES_PER_REALM_PER_HOUR));
    }

    /** Review is always among them: it is where every other method falls back to. */
    private static Set<ProofMethod> methods(String raw) {
        Set<ProofMethod> methods = raw == null || raw.isBlank() ? new LinkedHashSet<>(Arrays.asList(ProofMethod.values()))
                : Arrays.stream(raw.split(",")).map(String::strip).map(ProofMethod::fromValue).flatMap(java.util.Optional::stream)
                        .collect(Collectors.toCollection(LinkedHashSet::new));
        methods.add(ProofMethod.REVIEW);
        return Set.copyOf(methods);
    }
}
