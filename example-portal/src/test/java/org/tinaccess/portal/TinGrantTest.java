package org.tinaccess.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TinGrantTest {

    @Test
    void theTinsClaimBecomesOneGrantPerTinInTinOrder() {
        Map<String, Object> claim = Map.of(
                "987654321", Map.of("role", "user", "entitlements", List.of("remittance", "claims")),
                "123456789", Map.of("role", "admin", "entitlements", List.of()));

        assertEquals(List.of(new TinGrant("123456789", "admin", List.of()), new TinGrant("987654321", "user", List.of("claims", "remittance"))),
                TinGrant.fromClaim(claim));
    }

    @Test
    void noClaimOrAnUnexpectedShapeMeansNoTins() {
        assertEquals(List.of(), TinGrant.fromClaim(null));
        assertEquals(List.of(), TinGrant.fromClaim("123456789"));
    }

    @Test
    void theTinIsWholeForItsAdminAndMaskedForItsUsers() {
        assertEquals("12-3456789", new TinGrant("123456789", "admin", List.of()).shown());
        assertEquals("**-***6789", new TinGrant("123456789", "user", List.of()).shown());
    }
}
