package org.tinaccess.rest;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RecentSecondFactorTest {

    private static final long NOW = 1_800_000_000L;
    private static final Set<String> SECOND_FACTOR_EXECUTIONS = Set.of("otp-step", "phone-step");

    @Test
    void aSecondFactorPassedFourMinutesAgoCounts() {
        assertTrue(RecentSecondFactor.passed(Map.of("password-step", (int) NOW, "otp-step", (int) (NOW - 240)),
                SECOND_FACTOR_EXECUTIONS::contains, NOW, Duration.ofMinutes(5)));
    }

    @Test
    void aSecondFactorPassedSixMinutesAgoDoesNotEvenIfThePasswordIsFresh() {
        assertFalse(RecentSecondFactor.passed(Map.of("password-step", (int) NOW, "otp-step", (int) (NOW - 360)),
                SECOND_FACTOR_EXECUTIONS::contains, NOW, Duration.ofMinutes(5)));
    }

    @Test
    void aSessionThatOnlyEnrolledAFactorHasPassedNone() {
        assertFalse(RecentSecondFactor.passed(Map.of("password-step", (int) NOW), SECOND_FACTOR_EXECUTIONS::contains, NOW, Duration.ofMinutes(5)));
    }
}
