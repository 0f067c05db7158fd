package org.tinaccess.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TinAccessSettingsTest {

    @Test
    void realmWithoutAttributesGetsTheProductDefaults() {
        TinAccessSettings settings = TinAccessSettings.from(name -> null);

        assertEquals(List.of("eligibility", "claims", "remittance", "authorizations"), settings.entitlements());
        assertEquals("10–14 business days", settings.reviewTime());
        assertEquals(Duration.ofDays(30), settings.activationLifespan());
    }

    @Test
    void entitlementListIsTrimmedAndDeduplicated() {
        TinAccessSettings settings = TinAccessSettings.from(Map.of(TinAccessSettings.ENTITLEMENTS, " claims, ,eligibility,claims ")::get);

        assertEquals(List.of("claims", "eligibility"), settings.entitlements());
    }

    @Test
    void activationLifespanIsAnIsoDuration() {
        assertEquals(Duration.ofHours(36), TinAccessSettings.from(Map.of(TinAccessSettings.ACTIVATION_LIFESPAN, "PT36H")::get).activationLifespan());
    }

    @Test
    void unreadableActivationLifespanFallsBackToThirtyDays() {
        assertEquals(Duration.ofDays(30), TinAccessSettings.from(Map.of(TinAccessSettings.ACTIVATION_LIFESPAN, "30 days")::get).activationLifespan());
        assertEquals(Duration.ofDays(30), TinAccessSettings.from(Map.of(TinAccessSettings.ACTIVATION_LIFESPAN, "-P1D")::get).activationLifespan());
    }

    @Test
    void immediateDisclosureIsReadWhenConfigured() {
        assertEquals(DisclosureMode.IMMEDIATE, DisclosureMode.fromConfig("immediate"));
    }

    @Test
    void unknownDisclosureValueFallsBackToTheModeThatRevealsNothing() {
        assertEquals(DisclosureMode.AT_REVIEW, DisclosureMode.fromConfig("imediate"));
        assertEquals(DisclosureMode.AT_REVIEW, DisclosureMode.fromConfig(null));
    }

    @Test
    void accessReviewsAreOffUntilARealmSetsHowManyMonthsApartAndIdleAccountsCountHalfAYear() {
        TinAccessSettings defaults = TinAccessSettings.from(name -> null);
        assertEquals(0, defaults.accessReviewMonths());
        assertEquals(Duration.ofDays(30), defaults.accessReviewDeadline());
        assertEquals(List.of(7, 1), defaults.accessReviewReminders());
        assertEquals(180, defaults.idleDays());

        TinAccessSettings set = TinAccessSettings.from(Map.of(TinAccessSettings.ACCESS_REVIEW_MONTHS, "12", TinAccessSettings.ACCESS_REVIEW_REMINDERS,
                " 3, 14,3 ,", TinAccessSettings.IDLE_DAYS, "0", TinAccessSettings.ACCESS_REVIEW_DEADLINE, "P0D")::get);
        assertEquals(12, set.accessReviewMonths());
        assertEquals(List.of(14, 3), set.accessReviewReminders(), "largest first, each once");
        assertEquals(0, set.idleDays(), "0 turns idle suspension off");
        assertEquals(Duration.ofDays(30), set.accessReviewDeadline(), "a review needs time to be done");
        assertEquals(List.of(7, 1), TinAccessSettings.from(Map.of(TinAccessSettings.ACCESS_REVIEW_REMINDERS, "soon")::get).accessReviewReminders());
    }
}
