package org.tinaccess.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MailedPinTest {

    @Test
    void aPinIsTenCharactersWithoutLookAlikesInTwoGroups() {
        Set<String> pins = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            String pin = MailedPin.generate();
            assertTrue(pin.matches("[2-9A-HJKMNP-Z]{5}-[2-9A-HJKMNP-Z]{5}"), pin);
            pins.add(pin);
        }
        assertEquals(200, pins.size(), "random, not repeating");
    }

    @Test
    void theHashMatchesOnlyThePinItWasMadeFromWhateverTheCaseAndDashes() {
        String pin = MailedPin.generate();
        String hash = MailedPin.hash(pin);

        assertFalse(hash.contains(pin.replace("-", "")), "the PIN is not in its hash");
        assertTrue(MailedPin.matches(pin, hash));
        assertTrue(MailedPin.matches(" " + pin.toLowerCase().replace("-", " ") + " ", hash));
        assertFalse(MailedPin.matches(pin.substring(0, 10) + (pin.charAt(10) == '2' ? '3' : '2'), hash));
        assertFalse(MailedPin.matches("", hash));
    }

    @Test
    void twoHashesOfOnePinDifferByTheirSalt() {
        assertNotEquals(MailedPin.hash("ABCDE-FGHJK"), MailedPin.hash("ABCDE-FGHJK"));
    }

    @Test
    void aHashOfAnotherSchemeNeverMatches() {
        assertFalse(MailedPin.matches("ABCDE-FGHJK", "plain$ABCDEFGHJK"));
    }
}
