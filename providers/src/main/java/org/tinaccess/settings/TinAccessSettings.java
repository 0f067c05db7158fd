package org.tinaccess.settings;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
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
    public static final String PHONE_REGIONS = "tinAccess.phoneRegions";
    public static final String PHONE_CODE_INTERVAL = "tinAccess.phoneCodeInterval";
    public static final String PHONE_SENDS_PER_SESSION = "tinAccess.phoneSendsPerSession";
    public static final String PHONE_SENDS_PER_HOUR = "tinAccess.phoneSendsPerHour";
    public static final String PHONE_SENDS_PER_DAY = "tinAccess.phoneSendsPerDay";
    public static final String SSN_AS_TIN = "tinAccess.ssnAsTin";
    public static final String CLIENT_GRANT_LIFESPAN = "tinAccess.clientGrantLifespan";
    public static final String BACKUP_ADMINS = "tinAccess.backupAdmins";
    public static final String ADMIN_IDLE_BEFORE_SUCCESSION = "tinAccess.adminIdleBeforeSuccession";
    public static final String ACCESS_REVIEW_MONTHS = "tinAccess.accessReviewMonths";
    public static final String ACCESS_REVIEW_DEADLINE = "tinAccess.accessReviewDeadline";
    public static final String ACCESS_REVIEW_REMINDERS = "tinAccess.accessReviewReminders";
    public static final String IDLE_DAYS = "tinAccess.idleDays";

    public static final List<String> DEFAULT_ENTITLEMENTS = List.of("eligibility", "claims", "remittance", "authorizations");
    public static final String DEFAULT_REVIEW_TIME = "10–14 business days";
    /** "The activation link expires 30 days after the email is sent." */
    public static final Duration DEFAULT_ACTIVATION_LIFESPAN = Duration.ofDays(30);
    /** "The admin has 5 days to either Approve or Deny the request." */
    public static final Duration DEFAULT_JOIN_REQUEST_DEADLINE = Duration.ofDays(5);
    /** "If it has been more than 30 days, you will need to re-request that the authorization be sent to the provider." */
    public static final Duration DEFAULT_CLIENT_GRANT_LIFESPAN = Duration.ofDays(30);

    /** How many backup admins a TIN's admin may name. */
    public static final int DEFAULT_BACKUP_ADMINS = 2;
    /** An admin who has not signed in for this long may be succeeded by a backup admin. */
    public static final Duration DEFAULT_ADMIN_IDLE_BEFORE_SUCCESSION = Duration.ofDays(90);
    public static final Duration DEFAULT_ACCESS_REVIEW_DEADLINE = Duration.ofDays(30);
    public static final List<Integer> DEFAULT_ACCESS_REVIEW_REMINDERS = List.of(7, 1);
    public static final int DEFAULT_IDLE_DAYS = 180;
    /** How long before an idle account's suspension its owner is warned. */
    public static final Duration IDLE_WARNING = Duration.ofDays(14);

    /** The United States and its territories: Puerto Rico, US Virgin Islands, Guam, Northern Marianas, American Samoa. */
    public static final Set<String> DEFAULT_PHONE_REGIONS = Set.of("US", "PR", "VI", "GU", "MP", "AS");
    /** NIST SP 800-63B: a new code no sooner than this after the last one. */
    public static final Duration DEFAULT_PHONE_CODE_INTERVAL = Duration.ofSeconds(30);
    public static final int DEFAULT_PHONE_SENDS_PER_SESSION = 5;
    public static final int DEFAULT_PHONE_SENDS_PER_HOUR = 6;
    public static final int DEFAULT_PHONE_SENDS_PER_DAY = 15;

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

    /** How long reviewers take, as told to requesters ("10-14 business days"). */
    public String reviewTime() {
        String raw = attributes.apply(REVIEW_TIME);
        return raw == null || raw.isBlank() ? DEFAULT_REVIEW_TIME : raw.strip();
    }

    /**
     * Whether a request may name an SSN as its TIN (a sole proprietor billing under it);
     * {@code on} allows it, anything else keeps requests to EINs.
     */
    public boolean ssnAsTin() {
        String raw = attributes.apply(SSN_AS_TIN);
        return raw != null && "on".equalsIgnoreCase(raw.strip());
    }

    /** How long an activation link works, an ISO-8601 duration such as {@code P30D}. */
    public Duration activationLifespan() {
        return duration(ACTIVATION_LIFESPAN, DEFAULT_ACTIVATION_LIFESPAN);
    }

    /** How long a TIN admin has to decide a join request before it is denied automatically. */
    public Duration joinRequestDeadline() {
        return duration(JOIN_REQUEST_DEADLINE, DEFAULT_JOIN_REQUEST_DEADLINE);
    }

    /** How long a billing service's request to a client stays unanswered before it expires and may be asked again. */
    public Duration clientGrantLifespan() {
        return duration(CLIENT_GRANT_LIFESPAN, DEFAULT_CLIENT_GRANT_LIFESPAN);
    }

    /** How many backup admins (named or agreed) a TIN may have; {@code 0} turns the feature off. */
    public int backupAdmins() {
        return count(BACKUP_ADMINS, DEFAULT_BACKUP_ADMINS, 0);
    }

    /** How long the admin must have stayed away (no sign-in) before a backup admin may take the TIN, e.g. {@code P90D}. */
    public Duration adminIdleBeforeSuccession() {
        return duration(ADMIN_IDLE_BEFORE_SUCCESSION, DEFAULT_ADMIN_IDLE_BEFORE_SUCCESSION);
    }

    /** Every how many months each TIN's managers review who has access; {@code 0} (the default) starts none on a schedule. */
    public int accessReviewMonths() {
        return count(ACCESS_REVIEW_MONTHS, 0, 0);
    }

    /** How long the managers have to decide an access review before what is left is suspended. */
    public Duration accessReviewDeadline() {
        Duration deadline = duration(ACCESS_REVIEW_DEADLINE, DEFAULT_ACCESS_REVIEW_DEADLINE);
        return deadline.isZero() ? DEFAULT_ACCESS_REVIEW_DEADLINE : deadline;
    }

    /** Days before an access review's deadline on which its managers are reminded, e.g. {@code 7,1}; largest first. */
    public List<Integer> accessReviewReminders() {
        String raw = attributes.apply(ACCESS_REVIEW_REMINDERS);
        if (raw == null || raw.isBlank()) {
            return DEFAULT_ACCESS_REVIEW_REMINDERS;
        }
        try {
            return Arrays.stream(raw.split(",")).map(String::strip).filter(day -> !day.isEmpty()).map(Integer::parseInt)
                    .filter(day -> day > 0).distinct().sorted(Comparator.reverseOrder()).toList();
        } catch (NumberFormatException e) {
            LOG.warnf("Invalid %s '%s' (expected days before the deadline such as 7,1); using %s", ACCESS_REVIEW_REMINDERS, raw,
                    DEFAULT_ACCESS_REVIEW_REMINDERS);
            return DEFAULT_ACCESS_REVIEW_REMINDERS;
        }
    }

    /** After how many days without a sign-in an account's memberships are suspended; {@code 0} turns it off. */
    public int idleDays() {
        return count(IDLE_DAYS, DEFAULT_IDLE_DAYS, 0);
    }

    /** The regions phone codes may go to (see {@code NanpRegion}); everything else is refused. */
    public Set<String> phoneRegions() {
        String raw = attributes.apply(PHONE_REGIONS);
        if (raw == null || raw.isBlank()) {
            return DEFAULT_PHONE_REGIONS;
        }
        return Arrays.stream(raw.split(",")).map(region -> region.strip().toUpperCase(Locale.ROOT)).filter(region -> !region.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }

    /** The shortest time between two codes to one number or in one sign-in, in whole seconds ({@code 0}: no wait). */
    public Duration phoneCodeInterval() {
        int seconds = count(PHONE_CODE_INTERVAL, (int) DEFAULT_PHONE_CODE_INTERVAL.toSeconds(), 0);
        return Duration.ofSeconds(seconds);
    }

    /** Codes one sign-in or enrolment may send, whatever its numbers. */
    public int phoneSendsPerSession() {
        return count(PHONE_SENDS_PER_SESSION, DEFAULT_PHONE_SENDS_PER_SESSION, 1);
    }

    /** Codes per hour to one person, and to one number. */
    public int phoneSendsPerHour() {
        return count(PHONE_SENDS_PER_HOUR, DEFAULT_PHONE_SENDS_PER_HOUR, 1);
    }

    /** Codes per day to one person, and to one number. */
    public int phoneSendsPerDay() {
        return count(PHONE_SENDS_PER_DAY, DEFAULT_PHONE_SENDS_PER_DAY, 1);
    }

    /** A whole-number setting of at least 1, or {@code fallback}. */
    int count(String attribute, int fallback) {
        return count(attribute, fallback, 1);
    }

    private int count(String attribute, int fallback, int minimum) {
        String raw = attributes.apply(attribute);
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(raw.strip());
            if (value >= minimum) {
                return value;
            }
        } catch (NumberFormatException e) {
            // fall through to the default
        }
        LOG.warnf("Invalid %s '%s' (expected a whole number of at least %d); using %d", attribute, raw, minimum, fallback);
        return fallback;
    }

    Duration duration(String attribute, Duration fallback) {
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
