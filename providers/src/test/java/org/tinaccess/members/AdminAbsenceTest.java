package org.tinaccess.members;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AdminAbsenceTest {

    private static final long DAY = Duration.ofDays(1).toMillis();
    private static final long NOW = 1_000 * DAY;
    private static final Duration NINETY_DAYS = Duration.ofDays(90);

    private static Optional<AdminAbsence> of(boolean claimed, boolean enabled, boolean activeMember, long lastSeen) {
        return AdminAbsence.of(new AdminAbsence.Admin(claimed, enabled, activeMember, lastSeen), NOW, NINETY_DAYS);
    }

    @Test
    void anActiveAdminSeenRecentlyCannotBeSucceeded() {
        assertEquals(Optional.empty(), of(true, true, true, NOW - 89 * DAY));
        assertEquals(Optional.empty(), of(true, true, true, NOW - 90 * DAY + 1));
    }

    @Test
    void anAdminAwayForTheSetTimeCanBeSucceeded() {
        assertEquals(Optional.of(AdminAbsence.ADMIN_INACTIVE), of(true, true, true, NOW - 90 * DAY));
    }

    @Test
    void aGoneAccountComesBeforeEverythingElse() {
        assertEquals(Optional.of(AdminAbsence.ADMIN_DELETED), of(false, false, false, 0));
        assertEquals(Optional.of(AdminAbsence.ADMIN_DISABLED), of(true, false, true, NOW));
        assertEquals(Optional.of(AdminAbsence.ADMIN_REMOVED), of(true, true, false, NOW));
    }

    @Test
    void labelsAreWhatEventsAndAnswersSay() {
        assertEquals("admin-inactive", AdminAbsence.ADMIN_INACTIVE.label());
        assertEquals("admin-deleted", AdminAbsence.ADMIN_DELETED.label());
    }
}
