package org.tinaccess.mfa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CodeCheckTest {

    private static final long NOW = 1_000_000L;
    private final String salt = CodeCheck.newSalt();
    private final String hash = CodeCheck.hash("123456", salt);

    @Test
    void codesHaveSixDigits() {
        for (int i = 0; i < 100; i++) {
            assertTrue(CodeCheck.newCode().matches("[0-9]{6}"));
        }
    }

    @Test
    void onlyTheSaltedHashIsKeptAndItDependsOnTheSalt() {
        assertTrue(!hash.contains("123456"));
        assertNotEquals(hash, CodeCheck.hash("123456", CodeCheck.newSalt()));
    }

    @Test
    void theRightCodeWithinFiveMinutesIsValidSpacesTolerated() {
        assertEquals(CodeCheck.Outcome.VALID, CodeCheck.check(hash, salt, NOW + CodeCheck.LIFESPAN_MILLIS, 0, "123 456", NOW));
    }

    @Test
    void aWrongCodeIsWrong() {
        assertEquals(CodeCheck.Outcome.WRONG, CodeCheck.check(hash, salt, NOW + 1000, 0, "123457", NOW));
    }

    @Test
    void afterFiveMinutesEvenTheRightCodeHasExpired() {
        assertEquals(CodeCheck.Outcome.EXPIRED, CodeCheck.check(hash, salt, NOW - 1, 0, "123456", NOW));
    }

    @Test
    void afterFiveWrongTriesEvenTheRightCodeIsRefused() {
        assertEquals(CodeCheck.Outcome.EXHAUSTED, CodeCheck.check(hash, salt, NOW + 1000, CodeCheck.MAX_TRIES, "123456", NOW));
    }

    @Test
    void withoutASentCodeNothingIsValid() {
        assertEquals(CodeCheck.Outcome.NONE, CodeCheck.check(null, null, 0, 0, "123456", NOW));
    }

    @Test
    void phoneNumbersAreShownByTheirLastFourDigits() {
        assertEquals("(***) ***-0123", PhoneNumbers.masked("+17155550123"));
    }
}
