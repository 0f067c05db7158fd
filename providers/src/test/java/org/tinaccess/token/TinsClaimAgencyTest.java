package org.tinaccess.token;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** An insurance agency's TIN in the {@code tins} claim: listed like a provider's, with the agency's NPN. */
class TinsClaimAgencyTest {

    private static final String AGENCY = "123456789";
    private static final String PROVIDER = "987654321";

    @Test
    void anAgencysTinIsListedLikeAProvidersWithTheAgencysNpn() {
        Map<String, Object> claim = TinsClaim.build(List.of(AGENCY, PROVIDER), Set.of(PROVIDER), Map.of(AGENCY, List.of("claims")), Map.of(),
                List.of(), Map.of(AGENCY, "19294727"));

        assertEquals(Map.of(
                AGENCY, Map.of("role", "user", "entitlements", List.of("claims"), "npn", "19294727"),
                PROVIDER, Map.of("role", "admin", "entitlements", List.of())), claim);
    }

    @Test
    void anAgencyTheUserDoesNotBelongToAddsNothing() {
        Map<String, Object> claim = TinsClaim.build(List.of(PROVIDER), Set.of(), Map.of(), Map.of(), List.of(), Map.of(AGENCY, "19294727"));

        assertEquals(Set.of(PROVIDER), claim.keySet());
    }
}
