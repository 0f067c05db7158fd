package org.tinaccess.billing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tinaccess.billing.ClientGrantRules.Outcome;
import org.tinaccess.store.ClientGrantStatus;

/** The plan's rules for a billing service's requests to its clients. */
class ClientGrantRulesTest {

    private static final Duration THIRTY_DAYS = Duration.ofDays(30);
    private static final long DAY = Duration.ofDays(1).toMillis();
    private static final long NOW = 1_000 * DAY;

    @Test
    void aFirstRequestForAClientIsMade() {
        assertEquals(Outcome.CREATE, ClientGrantRules.onRequest(null, 0, NOW, THIRTY_DAYS));
    }

    @Test
    void reRequestingBeforeThirtyDaysUnansweredIsRefused() {
        assertEquals(Outcome.ALREADY_PENDING, ClientGrantRules.onRequest(ClientGrantStatus.PENDING, NOW - 29 * DAY, NOW, THIRTY_DAYS));
        assertEquals(Outcome.ALREADY_PENDING, ClientGrantRules.onRequest(ClientGrantStatus.PENDING, NOW - 30 * DAY + 1, NOW, THIRTY_DAYS));
    }

    @Test
    void reRequestingAfterThirtyDaysUnansweredExpiresTheOldRequestAndMakesANewOne() {
        assertEquals(Outcome.EXPIRE_THEN_CREATE, ClientGrantRules.onRequest(ClientGrantStatus.PENDING, NOW - 30 * DAY, NOW, THIRTY_DAYS));
    }

    @Test
    void anApprovedClientIsNotAskedAgainHoweverOld() {
        assertEquals(Outcome.ALREADY_APPROVED, ClientGrantRules.onRequest(ClientGrantStatus.APPROVED, NOW - 300 * DAY, NOW, THIRTY_DAYS));
    }

    @Test
    void onlyAnUnansweredRequestIsResentAndOnlyOnce() {
        assertTrue(ClientGrantRules.mayResend(ClientGrantStatus.PENDING, false));
        assertFalse(ClientGrantRules.mayResend(ClientGrantStatus.PENDING, true));
        assertFalse(ClientGrantRules.mayResend(ClientGrantStatus.APPROVED, false));
        assertFalse(ClientGrantRules.mayResend(ClientGrantStatus.EXPIRED, false));
    }

    @Test
    void theClientDecidesAPendingGrantAndRevokesAnApprovedOneAndNothingLeavesAFinalStatus() {
        assertTrue(ClientGrantStatus.PENDING.mayBecome(ClientGrantStatus.APPROVED));
        assertTrue(ClientGrantStatus.PENDING.mayBecome(ClientGrantStatus.DENIED));
        assertTrue(ClientGrantStatus.PENDING.mayBecome(ClientGrantStatus.EXPIRED));
        assertFalse(ClientGrantStatus.PENDING.mayBecome(ClientGrantStatus.REVOKED));
        assertTrue(ClientGrantStatus.APPROVED.mayBecome(ClientGrantStatus.REVOKED));
        assertFalse(ClientGrantStatus.APPROVED.mayBecome(ClientGrantStatus.DENIED));
        assertFalse(ClientGrantStatus.APPROVED.mayBecome(ClientGrantStatus.EXPIRED));
        for (ClientGrantStatus closed : List.of(ClientGrantStatus.DENIED, ClientGrantStatus.EXPIRED, ClientGrantStatus.REVOKED)) {
            assertFalse(closed.isOpen());
            for (ClientGrantStatus next : ClientGrantStatus.values()) {
                assertFalse(closed.mayBecome(next), closed + " -> " + next);
            }
        }
        assertTrue(ClientGrantStatus.PENDING.isOpen());
        assertTrue(ClientGrantStatus.APPROVED.isOpen());
    }
}
