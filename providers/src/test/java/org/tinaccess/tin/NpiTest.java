package org.tinaccess.tin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class NpiTest {

    /** 1234567893 is CMS's worked example; the others were computed with the same rule. */
    @ParameterizedTest
    @ValueSource(strings = {"1234567893", "1245319599", "1003000126", "1881697878", " 1234567893 "})
    void acceptsTenDigitsWithAValidCheckDigit(String input) {
        assertEquals(Optional.of(new Npi(input.strip())), Npi.parse(input));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1234567890", "1234567894", "123456789", "12345678931", "123456789X", "12345-6789"})
    void refusesWrongLengthOrCheckDigit(String input) {
        assertTrue(Npi.parse(input).isEmpty());
    }

    @ParameterizedTest
    @NullAndEmptySource
    void refusesNothing(String input) {
        assertTrue(Npi.parse(input).isEmpty());
    }
}
