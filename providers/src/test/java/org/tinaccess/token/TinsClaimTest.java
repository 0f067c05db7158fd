package org.tinaccess.token;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TinsClaimTest {

    @Test
    void adminOfATinIsMarkedAdminAndOtherMembershipsAreUsers() {
        Map<String, Object> claim = TinsClaim.build(List.of("411234567", "123456789"), Set.of("123456789"),
                Map.of("411234567", List.of("remittance", "claims")), Map.of());

        assertEquals(Map.of(
                "123456789", Map.of("role", "admin", "entitlements", List.of()),
                "411234567", Map.of("role", "user", "entitlements", List.of("claims", "remittance"))), claim);
    }

    @Test
    void aBackupAdminIsMarkedSoPortalsCanTellAndTheAdminRoleWins() {
        Map<String, Object> claim = TinsClaim.build(List.of("411234567", "123456789", "521234567"), Set.of("123456789"),
                Set.of("411234567", "123456789"), Map.of(), Map.of());

        assertEquals("backup-admin", ((Map<?, ?>) claim.get("411234567")).get("role"));
        assertEquals("admin", ((Map<?, ?>) claim.get("123456789")).get("role"));
        assertEquals("user", ((Map<?, ?>) claim.get("521234567")).get("role"));
    }

    @Test
    void userWithoutTinsGetsAnEmptyClaim() {
        assertEquals(Map.of(), TinsClaim.build(List.of(), Set.of(), Map.of(), Map.of()));
    }

    @Test
    void memberLimitedToSomeNpisCarriesThemAndOthersCarryNone() {
        Map<String, Object> claim = TinsClaim.build(List.of("411234567", "123456789"), Set.of(), Map.of(),
                Map.of("411234567", List.of("1245319599", "1234567893"), "123456789", List.of()));

        assertEquals(Map.of(
                "123456789", Map.of("role", "user", "entitlements", List.of()),
                "411234567", Map.of("role", "user", "entitlements", List.of(), "npis", List.of("1234567893", "1245319599"))), claim);
    }
}
