package org.tinaccess.it.foundation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.keycloak.representations.idm.RealmRepresentation;
import org.tinaccess.settings.FormLimits;
import org.tinaccess.settings.VerificationSettings;

/**
 * The test server loosens a few realm settings to save time (an authenticator app's codes accepted
 * over a wide window, cheap password hashing, no per-address form limit). It does so through the
 * admin API on its own server only; this proves none of it is in the realm a plan deploys.
 */
class ShippedRealmSettingsTest {

    private static RealmRepresentation shipped;

    @BeforeAll
    static void readShippedRealm() throws IOException {
        Path file = Path.of(System.getProperty("tin-access.root", "..")).resolve("realm-config/provider-portal-realm.json");
        shipped = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
                .readValue(file.toFile(), RealmRepresentation.class);
    }

    /** Group headers and descriptions are shown to people on Personal info; flow descriptions to the plan's admins. */
    @Test
    void whatTheRealmShowsNamesNoInternalDocument() throws IOException {
        String text = Files.readString(Path.of(System.getProperty("tin-access.root", "..")).resolve("realm-config/provider-portal-realm.json"));
        Matcher internal = Pattern.compile("\\(?(seed|issue) [0-9]+").matcher(text);
        assertFalse(internal.find(), () -> "the realm shows " + internal.group());
    }

    @Test
    void anAppCodeIsAcceptedOnlyOneStepEitherWayAndOnce() {
        Integer window = shipped.getOtpPolicyLookAheadWindow();
        assertTrue(window == null || window == 1, "Keycloak's one step either way, not " + window);
        assertFalse(Boolean.TRUE.equals(shipped.isOtpPolicyCodeReusable()), "a code is accepted once");
    }

    @Test
    void passwordsAreHashedAtKeycloaksDefaultCost() {
        String policy = shipped.getPasswordPolicy();
        assertFalse(policy.contains("hashIterations") || policy.contains("hashAlgorithm"), policy);
    }

    @Test
    void thePublicFormsKeepTheirPerAddressLimit() {
        Map<String, String> attributes = shipped.getAttributes() == null ? Map.of() : shipped.getAttributes();
        assertFalse(attributes.containsKey(FormLimits.PER_ADDRESS_PER_HOUR), "the default per-address limit applies");
    }

    @Test
    void everyClientsRefreshGrantNeedsTheCurrentTermsAccepted() {
        var policy = shipped.getParsedClientPolicies().getPolicies().stream().filter(p -> "tin-access".equals(p.getName())).findFirst().orElseThrow();
        assertTrue(Boolean.TRUE.equals(policy.isEnabled()));
        assertEquals(List.of("any-client"), policy.getConditions().stream().map(c -> c.getConditionProviderId()).toList());
        var profile = shipped.getParsedClientProfiles().getProfiles().stream().filter(p -> policy.getProfiles().contains(p.getName())).findFirst()
                .orElseThrow();
        assertEquals(List.of("tin-access-terms-accepted"), profile.getExecutors().stream().map(e -> e.getExecutorProviderId()).toList());
    }

    @Test
    void tinProofsKeepTheirPerAddressAndRealmLimits() {
        Map<String, String> attributes = shipped.getAttributes() == null ? Map.of() : shipped.getAttributes();
        for (String limit : List.of(VerificationSettings.FAILED_TRIES_PER_ADDRESS_PER_DAY, VerificationSettings.FAILED_TRIES_PER_REALM_PER_HOUR)) {
            assertFalse(attributes.containsKey(limit), limit + ": the default applies");
        }
    }
}
