package org.tinaccess.tin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class NpnTest {

    @ParameterizedTest
    @CsvSource({"7,7", "19294727,19294727", "9999999999,9999999999", "' 123456 ',123456", "0012345,12345", "0000000001,1"})
    void acceptsOneToTenDigitsAndKeepsThemWithoutLeadingZeros(String input, String digits) {
        assertEquals(Optional.of(new Npn(digits)), Npn.parse(input));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "0000000000", "12345678901", "00000000001", "1234-5678", "12 345", "NPN123", "１２３", "+123", "-1"})
    void refusesZeroTooLongAndAnythingButDigits(String input) {
        assertTrue(Npn.parse(input).isEmpty(), input);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void refusesNothing(String input) {
        assertTrue(Npn.parse(input).isEmpty());
    }

    @Test
    void theConstructorTakesOnlyTheCanonicalForm() {
        assertThrows(IllegalArgumentException.class, () -> new Npn("012345"));
        assertThrows(IllegalArgumentException.class, () -> new Npn(""));
        assertEquals("12345", new Npn("12345").toString());
    }
}
