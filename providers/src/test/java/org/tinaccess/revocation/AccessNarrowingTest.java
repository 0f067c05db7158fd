package org.tinaccess.revocation;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AccessNarrowingTest {

    @Test
    void losingAnEntitlementNarrowsAndGainingOneDoesNot() {
        assertTrue(AccessNarrowing.entitlements(List.of("claims", "eligibility"), List.of("eligibility")));
        assertTrue(AccessNarrowing.entitlements(List.of("claims"), List.of()));
        assertFalse(AccessNarrowing.entitlements(List.of("claims"), List.of("claims", "remittance")));
        assertFalse(AccessNarrowing.entitlements(List.of(), List.of("claims")));
        assertFalse(AccessNarrowing.entitlements(List.of("claims", "eligibility"), List.of("eligibility", "claims")));
    }

    @Test
    void aFirstNpiLimitOrALimitWithoutAnEarlierNpiNarrowsAndLiftingTheLimitDoesNot() {
        assertTrue(AccessNarrowing.npiLimit(List.of(), List.of("1234567893")), "the whole TIN, then one NPI");
        assertTrue(AccessNarrowing.npiLimit(List.of("1234567893", "1245319599"), List.of("1245319599")));
        assertTrue(AccessNarrowing.npiLimit(List.of("1234567893"), List.of("1245319599")), "one NPI swapped for another");
        assertFalse(AccessNarrowing.npiLimit(List.of("1234567893"), List.of()), "the limit lifted: the whole TIN");
        assertFalse(AccessNarrowing.npiLimit(List.of("1234567893"), List.of("1234567893", "1245319599")));
        assertFalse(AccessNarrowing.npiLimit(List.of(), List.of()));
    }

    @Test
    void aClientOrAClientsEntitlementTakenFromABillingUserNarrows() {
        Map<String, List<String>> before = Map.of("grant-1", List.of("claims", "remittance"), "grant-2", List.of("claims"));

        assertTrue(AccessNarrowing.clientAssignments(before, Map.of("grant-1", List.of("claims", "remittance"))));
        assertTrue(AccessNarrowing.clientAssignments(before, Map.of("grant-1", List.of("claims"), "grant-2", List.of("claims"))));
        assertFalse(AccessNarrowing.clientAssignments(before, Map.of("grant-1", List.of("claims", "remittance"), "grant-2",
                List.of("claims", "eligibility"), "grant-3", List.of("claims"))));
        assertFalse(AccessNarrowing.clientAssignments(Map.of(), Map.of("grant-1", List.of("claims"))));
    }
}
