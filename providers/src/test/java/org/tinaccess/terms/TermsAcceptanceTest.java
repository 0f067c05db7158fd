package org.tinaccess.terms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TermsAcceptanceTest {

    private static final String V1 = TermsText.version("<p>Use the portal only for your own organization.</p>");
    private static final String V2 = TermsText.version("<p>Use the portal only for your own organization. Never share your account.</p>");

    @Test
    void anAcceptanceAfterTheTermsWerePutIsOfThatVersion() {
        TermsAcceptance acceptance = TermsAcceptance.of(TermsAcceptance.asked(V1, 1_000), "1000");
        assertTrue(acceptance.accepted(V1));
    }

    @Test
    void changedWordsAreAnotherVersionThatWasNeverAccepted() {
        assertNotEquals(V1, V2);
        assertFalse(TermsAcceptance.of(TermsAcceptance.asked(V1, 1_000), "1200").accepted(V2));
    }

    @Test
    void anAcceptanceFromBeforeTheTermsWerePutCountsForNothing() {
        assertFalse(TermsAcceptance.of(TermsAcceptance.asked(V1, 1_000), "999").accepted(V1));
    }

    @Test
    void someoneNeverAskedOrWhoDeclinedHasNotAccepted() {
        assertFalse(TermsAcceptance.of(null, "1200").accepted(V1));
        assertFalse(TermsAcceptance.of(TermsAcceptance.asked(V1, 1_000), null).accepted(V1));
        assertFalse(TermsAcceptance.of("edited by hand", "1200").accepted(V1));
    }

    @Test
    void aPendingQuestionIsAwaitedOnlyForTheSameVersion() {
        TermsAcceptance asked = TermsAcceptance.of(TermsAcceptance.asked(V1, 1_000), null);
        assertTrue(asked.awaiting(V1, true));
        assertFalse(asked.awaiting(V2, true), "new words while the old ones wait: record the new version");
        assertFalse(asked.awaiting(V1, false), "the action was removed by an admin: ask again");
    }

    @Test
    void theVersionIgnoresSurroundingWhitespaceOnly() {
        assertEquals(V1, TermsText.version("  <p>Use the portal only for your own organization.</p>\n"));
        assertEquals(24, V1.length());
    }
}
