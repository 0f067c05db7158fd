package org.tinaccess.token;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The clients a billing service's user acts for, in the {@code tins} claim. */
class TinsClaimViaServiceTest {

    private static final String SERVICE = "123456789";
    private static final String CLIENT = "987654321";

    @Test
    void aClientComesWithTheServiceItIsReachedThroughAndTheEntitlementsBothAllow() {
        Map<String, Object> claim = TinsClaim.build(List.of(SERVICE), Set.of(), Map.of(SERVICE, List.of("claims")), Map.of(),
                List.of(new TinsClaim.ViaService(CLIENT, SERVICE, List.of("claims", "eligibility"), List.of("remittance", "eligibility", "claims"))));

        assertEquals(Map.of(
                SERVICE, Map.of("role", "user", "entitlements", List.of("claims")),
                CLIENT, Map.of("role", "user", "entitlements", List.of("claims", "eligibility"), "via", SERVICE)), claim);
    }

    @Test
    void anAssignmentBeyondTheGrantGivesNothingMore() {
        Map<String, Object> claim = TinsClaim.build(List.of(SERVICE), Set.of(), Map.of(), Map.of(),
                List.of(new TinsClaim.ViaService(CLIENT, SERVICE, List.of("claims"), List.of("remittance"))));

        assertEquals(Map.of("role", "user", "entitlements", List.of(), "via", SERVICE), claim.get(CLIENT));
    }

    @Test
    void aTinTheUserBelongsToInTheirOwnRightKeepsItsOwnEntry() {
        Map<String, Object> claim = TinsClaim.build(List.of(SERVICE, CLIENT), Set.of(CLIENT), Map.of(), Map.of(),
                List.of(new TinsClaim.ViaService(CLIENT, SERVICE, List.of("claims"), List.of("claims"))));

        assertEquals(Map.of("role", "admin", "entitlements", List.of()), claim.get(CLIENT));
    }

    @Test
    void twoServicesForOneClientGiveOneEntryThroughTheFirstServiceByTin() {
        String otherService = "223456789";
        Map<String, Object> claim = TinsClaim.build(List.of(SERVICE, otherService), Set.of(), Map.of(), Map.of(),
                List.of(new TinsClaim.ViaService(CLIENT, otherService, List.of("claims"), List.of("claims")),
                        new TinsClaim.ViaService(CLIENT, SERVICE, List.of("remittance"), List.of("remittance"))));

        assertEquals(Map.of("role", "user", "entitlements", List.of("remittance"), "via", SERVICE), claim.get(CLIENT));
    }

    @Test
    void withoutClientsTheClaimIsTheMembershipsAlone() {
        assertEquals(TinsClaim.build(List.of(SERVICE), Set.of(SERVICE), Map.of(), Map.of()),
                TinsClaim.build(List.of(SERVICE), Set.of(SERVICE), Map.of(), Map.of(), List.of()));
    }
}
