package org.tinaccess.it.support;

import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.RealmRepresentation;
import org.tinaccess.settings.FormLimits;
import org.tinaccess.settings.VerificationSettings;

/**
 * What the test server's realm changes from the shipped one, and only there (realm-config/ stays as
 * a plan deploys it; {@code ShippedRealmSettingsTest} pins that). Each setting buys time, none changes
 * what a test proves:
 * <ul>
 *   <li>an authenticator app's codes are accepted {@value #OTP_LOOK_AROUND_STEPS} steps either way,
 *       so the harness types the code of a later step it has not used instead of waiting up to 30 s
 *       for the next one (each code is still accepted once: the shipped realm does not allow reuse,
 *       and this leaves that alone);</li>
 *   <li>passwords are hashed with the same algorithm at its lowest cost, since a run hashes hundreds;</li>
 *   <li>every request comes from 127.0.0.1, so the per-address limits of the public forms (20 an hour
 *       by default) and of failed TIN proofs (20 a day), and the realm's hourly bound on failed proofs,
 *       would stop the suite; the tests of those limits lower them again themselves.</li>
 * </ul>
 */
final class TestRealmSettings {

    /** How many 30-second steps before and after now Keycloak accepts an app's code in the test realm. */
    static final int OTP_LOOK_AROUND_STEPS = 20;

    private static final String CHEAP_HASHING = "hashIterations(1)";

    private TestRealmSettings() {}

    static void apply(RealmResource realm) {
        RealmRepresentation settings = realm.toRepresentation();
        settings.setOtpPolicyLookAheadWindow(OTP_LOOK_AROUND_STEPS);
        String policy = settings.getPasswordPolicy();
        settings.setPasswordPolicy(policy == null || policy.isBlank() ? CHEAP_HASHING : policy + " and " + CHEAP_HASHING);
        settings.getAttributes().put(FormLimits.PER_ADDRESS_PER_HOUR, "100000");
        settings.getAttributes().put(VerificationSettings.FAILED_TRIES_PER_ADDRESS_PER_DAY, "100000");
        settings.getAttributes().put(VerificationSettings.FAILED_TRIES_PER_REALM_PER_HOUR, "100000");
        realm.update(settings);
    }
}
