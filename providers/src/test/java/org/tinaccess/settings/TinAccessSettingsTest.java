package org.tinaccess.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TinAccessSettingsTest {

    @Test
    void realmWithoutAttributesGetsTheProductDefaults() {
        TinAccessSettings settings = TinAccessSettings.from(name -> null);

        assertEquals(List.of("eligibility", "claims", "remittance", "authorizations"), settings.entitlements());
        assertEquals(DisclosureMode.AT_REVIEW, settings.disclosure());
    }

    @Test
    void entitlementListIsTrimmedAndDeduplicated() {
        TinAccessSettings settings = TinAccessSettings.from(Map.of(TinAccessSettings.ENTITLEMENTS, " claims, ,eligibility,claims ")::get);

        assertEquals(List.of("claims", "eligibility"), settings.entitlements());
    }

    @Test
    void immediateDisclosureIsReadWhenConfigured() {
        assertEquals(DisclosureMode.IMMEDIATE, TinAccessSettings.from(Map.of(TinAccessSettings.DISCLOSURE, "immediate")::get).disclosure());
    }

    @Test
    void unknownDisclosureValueFallsBackToTheModeThatRevealsNothing() {
        assertEquals(DisclosureMode.AT_REVIEW, TinAccessSettings.from(Map.of(TinAccessSettings.DISCLOSURE, "imediate")::get).disclosure());
    }
}
