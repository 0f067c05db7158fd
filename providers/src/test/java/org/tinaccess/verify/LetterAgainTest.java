package org.tinaccess.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import org.tinaccess.store.RequestTinEntity;

class LetterAgainTest {

    private static final ZoneId CENTRAL = ZoneId.of("America/Chicago");

    private static long at(int year, int month, int day) {
        return ZonedDateTime.of(year, month, day, 10, 0, 0, 0, CENTRAL).toInstant().toEpochMilli();
    }

    private static RequestTinEntity lineReceived(long at) {
        RequestTinEntity line = new RequestTinEntity();
        line.setReceivedAt(at);
        return line;
    }

    @Test
    void fiveBusinessDaysSkipTheWeekend() {
        // Thursday 3 December 2026 → Thursday 10 December (Sat 5 and Sun 6 not counted).
        assertEquals(at(2026, 12, 10), LetterAgain.addBusinessDays(at(2026, 12, 3), 5, CENTRAL));
        // From a Saturday: Monday 7 to Friday 11 December.
        assertEquals(at(2026, 12, 11), LetterAgain.addBusinessDays(at(2026, 12, 5), 5, CENTRAL));
    }

    @Test
    void theRequesterAsksAfterFiveBusinessDaysTwiceAtMost() {
        RequestTinEntity line = lineReceived(at(2026, 12, 3));

        assertFalse(LetterAgain.mayAsk(line, at(2026, 12, 9), CENTRAL), "four business days");
        assertTrue(LetterAgain.mayAsk(line, at(2026, 12, 10), CENTRAL));
        line.letterAsked(at(2026, 12, 10));
        assertFalse(LetterAgain.mayAsk(line, at(2026, 12, 14), CENTRAL), "five business days from the last ask");
        assertTrue(LetterAgain.mayAsk(line, at(2026, 12, 17), CENTRAL));
        line.letterAsked(at(2026, 12, 17));

        assertTrue(LetterAgain.availableFrom(line, CENTRAL).isEmpty(), "two letters more, then the reviewers");
        assertFalse(LetterAgain.mayAsk(line, at(2027, 1, 30), CENTRAL));
    }
}
