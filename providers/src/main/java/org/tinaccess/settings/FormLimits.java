package org.tinaccess.settings;

import java.util.function.Function;
import org.keycloak.models.RealmModel;

/**
 * The realm's limits on the anonymous forms (request access, join a provider), realm attributes
 * with safe defaults: submissions per client address per hour, per e-mail and per TIN per day, and
 * open (undecided) requests per e-mail and per TIN.
 */
public record FormLimits(int perAddressPerHour, int perEmailPerDay, int perTinPerDay, int openPerEmail, int openPerTin) {

    public static final String PER_ADDRESS_PER_HOUR = "tinAccess.formSubmissionsPerAddressPerHour";
    public static final String PER_EMAIL_PER_DAY = "tinAccess.formSubmissionsPerEmailPerDay";
    public static final String PER_TIN_PER_DAY = "tinAccess.formSubmissionsPerTinPerDay";
    public static final String OPEN_PER_EMAIL = "tinAccess.openRequestsPerEmail";
    public static final String OPEN_PER_TIN = "tinAccess.openRequestsPerTin";

    public static FormLimits of(RealmModel realm) {
        return from(realm::getAttribute);
    }

    public static FormLimits from(Function<String, String> attributes) {
        TinAccessSettings settings = TinAccessSettings.from(attributes);
        return new FormLimits(settings.count(PER_ADDRESS_PER_HOUR, 20), settings.count(PER_EMAIL_PER_DAY, 5),
                settings.count(PER_TIN_PER_DAY, 20), settings.count(OPEN_PER_EMAIL, 3), settings.count(OPEN_PER_TIN, 10));
    }
}
