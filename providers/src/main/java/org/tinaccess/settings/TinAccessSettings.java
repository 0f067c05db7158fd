package org.tinaccess.settings;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.jboss.logging.Logger;

/**
 * The realm's TIN Access settings, read from realm attributes (set in {@code realm-config/}) with
 * the product's defaults. Built per request from the realm, so every cluster node sees a change
 * at once and nothing is cached in the JVM. (The TIN-disclosure mode is the {@code tin-claim}
 * step's own configuration, see {@code TinClaimConfig}.)
 */
public final class TinAccessSettings {

    public static final String ENTITLEMENTS = "tinAccess.entitlements";
    public static final String REVIEW_TIME = "tinAccess.reviewTime";
    public static final String ACTIVATION_LIFESPAN = "tinAccess.activationLifespan";
    public static final String JOIN_REQUEST_DEADLINE = "tinAccess.joinRequestDeadline";

    public static final List<String> DEFAULT_ENTITLEMENTS = List.of("eligibility", "claims", "remittance", "authorizations");
    public static final String DEFAULT_REVIEW_TIME = "10–14 business days";
    /** Seed 001: "The activation link expires 30 days after the email is sent." */
    public static final Duration DEFAULT_ACTIVATION_LIFESPAN = Duration.ofDays(30);
    /** Seed 004: "The admin has 5 days to either Approve or Deny the request." */
    public static final Duration DEFAULT_JOIN_REQUEST_DEADLINE = Duration.ofDays(5);

    private static final Logger LOG = Logger.getLogger(TinAccessSettings.class);

    private final Function<String, String> attributes;

    private TinAccessSettings(Function<String, String> attributes) {
        this.attributes = attributes;
    }

    /**
     * @param attributes the realm's attribute lookup, e.g. {@code realm::getAttribute}; taking a
     *     function keeps this class free of Keycloak types and testable without a server
     */
    public static TinAccessSettings from(Function<String, String> attributes) {
        return new TinAccessSettings(attributes);
    }

    public List<String> entitlements() {
        String raw = attributes.apply(ENTITLEMENTS);
        if (raw == null || raw.isBlank()) {
            return DEFAULT_ENTITLEMENTS;
        }
        List<String> names = Arrays.stream(raw.split(","))
                .map(String::trim)
                .filter(name -> !name.isEmpty())
                .distinct()
                .toList();
        return names.isEmpty() ? DEFAULT_ENTITLEMENTS : names;
    }

    /** How long reviewers take, as told to requesters (seed 001: "10-14 business days"). */
    public String reviewTime() {
        String raw = attributes.apply(REVIEW_TIME);
        return raw == null || raw.isBlank() ? DEFAULT_REVIEW_TIME : raw.strip();
    }

    /** How long an activation link works, an ISO-8601 duration such as {@code P30D}. */
    public Duration activationLifespan() {
        return duration(ACTIVATION_LIFESPAN, DEFAULT_ACTIVATION_LIFESPAN);
    }

    /** How long a TIN admin has to decide a join request before it is denied automatically. */
    public Duration joinRequestDeadline() {
        return duration(JOIN_REQUEST_DEADLINE, DEFAULT_JOIN_REQUEST_DEADLINE);
    }

    private Duration duration(String attribute, Duration fallback) {
        String raw = attributes.apply(attribute);
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        try {
            Duration value = Duration.parse(raw.strip());
            if (!value.isNegative()) {
                return value;
            }
        } catch (DateTimeParseException e) {
            // fall through to the default
        }
        LOG.warnf("Invalid %s '%s' (expected an ISO-8601 duration such as P30D); using %s", attribute, raw, fallback);
        return fallback;
    }
}
