package org.tinaccess.tin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class TinTest {

    @ParameterizedTest(name = "\"{0}\" is read as {1}")
    @CsvSource({
        "123456789, 123456789",
        "12-3456789, 123456789",
        "123-45-6789, 123456789",
        "'  41-1234567 ', 411234567",
        "010000001, 010000001",
        "990000000, 990000000",
    })
    void acceptsNineDigitsWithOrWithoutDashes(String input, String digits) {
        assertEquals(Optional.of(new Tin(digits)), Tin.parse(input));
    }

    @ParameterizedTest(name = "\"{0}\" is refused as {1}")
    @CsvSource({
        "12345678, NOT_NINE_DIGITS",
        "1234567890, NOT_NINE_DIGITS",
        "12345678a, NOT_NINE_DIGITS",
        "12 3456789, NOT_NINE_DIGITS",
        "'12.3456789', NOT_NINE_DIGITS",
        "000000000, PLACEHOLDER",
        "111111111, PLACEHOLDER",
        "99-9999999, PLACEHOLDER",
        "000123456, UNKNOWN_PREFIX",
        "961234567, UNKNOWN_PREFIX",
        "971234567, UNKNOWN_PREFIX",
        "071001234, UNKNOWN_PREFIX",
        "070120000, UNKNOWN_PREFIX",
    })
    void refusesWhatIsNotATin(String input, TinProblem problem) {
        assertEquals(Optional.empty(), Tin.parse(input));
        assertEquals(Optional.of(problem), Tin.check(input));
        assertEquals(Optional.of(problem), Tin.check(input, true), "not an SSN either");
    }

    @ParameterizedTest(name = "\"{0}\" is an SSN, not an EIN")
    @ValueSource(strings = {"001-23-4567", "071234567", "191234567", "491234567", "701234567", "891234567"})
    void anSsnIsATinOnlyWhereTheRealmTakesThem(String input) {
        assertEquals(Optional.of(TinProblem.UNKNOWN_PREFIX), Tin.check(input), "EINs only by default");
        assertEquals(Optional.empty(), Tin.check(input, true));
        assertEquals("**-***" + input.substring(input.length() - 4), Tin.parse(input).orElseThrow().masked(), "masked like an EIN");
        String digits = input.replace("-", "");
        assertEquals(digits.substring(0, 3) + "-" + digits.substring(3, 5) + "-" + digits.substring(5), Tin.parse(input).orElseThrow().formatted(),
                "shown whole in an SSN's layout");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "---"})
    void blankInputIsMissing(String input) {
        assertEquals(Optional.of(TinProblem.MISSING), Tin.check(input));
    }

    @Test
    void maskedFormShowsOnlyTheLastFourDigits() {
        Tin tin = Tin.parse("12-3456789").orElseThrow();
        assertEquals("**-***6789", tin.masked());
        assertEquals("12-3456789", tin.formatted());
        assertFalse(tin.toString().contains("12345"), "toString must never print the TIN in clear");
    }

    @Test
    void constructorRefusesInvalidDigitsSoEveryTinIsValid() {
        assertThrows(IllegalArgumentException.class, () -> new Tin("000000000"));
        assertTrue(Tin.check("123456789").isEmpty());
    }
}
