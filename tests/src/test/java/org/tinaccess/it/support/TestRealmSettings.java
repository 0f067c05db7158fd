package org.tinaccess.it.support;

import jakarta.ws.rs.core.Response;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.RealmRepresentation;
import org.tinaccess.settings.FormLimits;
import org.tinaccess.settings.VerificationSettings;

/**
 * What the test server's realm changes from the shipped one, and only there (realm-config/ stays as
 * a plan deploys it; {@code ShippedRealmSettingsTest} pins that). Each setting buys time or adds a client, none changes
 * what a test proves:
 * <ul>
 *   <li>an authenticator app's codes are accepted {@value #OTP_LOOK_AROUND_STEPS} steps either way,
 *       so the harness types the code of a later step it has not used instead of waiting up to 30 s
 *       for the next one (each code is still accepted once: the shipped realm does not allow reuse,
 *       and this leaves that alone);</li>
 *   <li>passwords are hashed with the same algorithm at its lowest cost, since a run hashes hundreds;</li>
 *   <li>every request comes from 127.0.0.1, so the per-address limits of the public forms (20 an hour
 *       by default) and of failed TIN proofs (20 a day), and the realm's hourly bound on failed proofs,
 *       would stop the suite; the tests of those limits lower them again themselves;</li>
 *   <li>a twin of the portal's client without a back-channel logout URL ({@link PortalClient#WITHOUT_LOGOUT_URL}):
 *       the tests that change someone's access and read the narrowed claim at the next refresh sign in
 *       there, as a portal that cannot be told of a change; the shipped client is told at once, and
 *       its next refresh is refused (PortalSignOutIT).</li>
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
        addPortalWithoutLogoutUrl(realm);
    }

    private static void addPortalWithoutLogoutUrl(RealmResource realm) {
        if (!realm.clients().findByClientId(PortalClient.WITHOUT_LOGOUT_URL).isEmpty()) {
            return;
        }
        ClientRepresentation twin = realm.clients().findByClientId(PortalClient.CLIENT_ID).get(0);
        twin.setId(null);
        twin.setClientId(PortalClient.WITHOUT_LOGOUT_URL);
        twin.setName("Portal without back-channel logout (tests)");
        twin.setSecret(PortalClient.CLIENT_SECRET);
        twin.getAttributes().remove("backchannel.logout.url");
        twin.getProtocolMappers().forEach(mapper -> mapper.setId(null));
        try (Response created = realm.clients().create(twin)) {
            if (created.getStatus() != 201) {
                throw new IllegalStateException("The test realm's second portal client was not created: " + created.getStatus());
            }
        }
    }
}
