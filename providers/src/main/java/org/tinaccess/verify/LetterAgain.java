package org.tinaccess.verify;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;
import org.tinaccess.store.RequestTinEntity;

/**
 * "Send another letter": a requester waiting for a PIN letter may ask for another once five business
 * days (Monday to Friday) have passed since the request, or since they last asked, at most
 * {@link #MAX_ASKS} times. The same rule holds for every line waiting for a PIN, whether or not a
 * letter could go, so the page never tells whether the plan has an address for the TIN. Pure, so the
 * rule is tested without a server.
 */
final class LetterAgain {

    static final int BUSINESS_DAYS = 5;
    static final int MAX_ASKS = 2;

    private LetterAgain() {}

    /** From when the requester may ask again; empty once they asked {@link #MAX_ASKS} times. */
    static Optional<Long> availableFrom(RequestTinEntity line, ZoneId zone) {
        if (line.getLettersAsked() >= MAX_ASKS) {
            return Optional.empty();
        }
        long since = line.getLetterAskedAt() == null ? line.getReceivedAt() : line.getLetterAskedAt();
        return Optional.of(addBusinessDays(since, BUSINESS_DAYS, zone));
    }

    static boolean mayAsk(RequestTinEntity line, long now, ZoneId zone) {
        return availableFrom(line, zone).map(from -> now >= from).orElse(false);
    }

    /** {@code millis} plus {@code days} business days, Saturdays and Sundays not counted. */
    static long addBusinessDays(long millis, int days, ZoneId zone) {
        ZonedDateTime at = Instant.ofEpochMilli(millis).atZone(zone);
        int left = days;
        while (left > 0) {
            at = at.plusDays(1);
            if (at.getDayOfWeek() != DayOfWeek.SATURDAY && at.getDayOfWeek() != DayOfWeek.SUNDAY) {
                left--;
            }
        }
        return at.toInstant().toEpochMilli();
    }
}
