package org.tinaccess.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BackchannelLogoutTest {

    private static SignedIn jane(String realmSession) {
        return new SignedIn("jane", realmSession, "Jane Doe", "jane@clinic.test", List.of(), null);
    }

    @Test
    void aLogoutTokenEndsTheSignInOfItsRealmSessionOnly() {
        assertTrue(jane("sid-1").endedBy("jane", "sid-1"));
        assertTrue(jane("sid-1").endedBy(null, "sid-1"));
        assertFalse(jane("sid-1").endedBy("jane", "sid-2"), "the same person's sign-in in another browser stays");
        assertFalse(jane("sid-1").endedBy("john", "sid-1"));
    }

    @Test
    void aLogoutTokenWithoutASessionEndsEverySignInOfItsSubject() {
        assertTrue(jane("sid-1").endedBy("jane", null));
        assertTrue(jane(null).endedBy("jane", null));
        assertFalse(jane("sid-1").endedBy("john", null));
        assertFalse(jane("sid-1").endedBy(null, null), "a token naming nobody ends nothing");
    }

    @Test
    void anEndedSignInShowsWhyAndHowToSignInAgain() {
        PortalSession session = new PortalSession();
        session.signedIn(jane("sid-1"));
        PortalSessions sessions = new PortalSessions(false);

        assertEquals(0, sessions.endedByRealm("jane", "sid-1"), "a session the store does not hold");
        session.endedByRealm();
        String page = Pages.home(PortalSettings.fromEnvironment(Map.of()), session);

        assertNull(session.person());
        assertTrue(page.contains("id=\"access-changed\""), page);
        assertTrue(page.contains("href=\"" + PortalRoutes.SIGN_IN + "\""), page);
        assertFalse(page.contains("<table"), page);
        session.signedIn(jane("sid-2"));
        assertNotNull(session.person());
        assertFalse(session.wasEndedByRealm(), "signed in again");
    }
}
