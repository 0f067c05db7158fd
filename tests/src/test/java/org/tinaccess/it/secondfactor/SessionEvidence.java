package org.tinaccess.it.secondfactor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.tinaccess.it.support.TinAccessServer;
import org.tinaccess.it.support.WebSession;

/** What "nothing was issued" means on the real server: no code for the portal, no SSO cookie, no user session. */
final class SessionEvidence {

    private SessionEvidence() {}

    static void assertNothingIssued(TinAccessServer server, String userId, WebSession browser, WebSession.Page page) {
        assertNull(page.leftServerTo(), "no code reached the relying portal:\n" + page.body());
        assertFalse(browser.hasCookie("KEYCLOAK_IDENTITY", "/realms/" + TinAccessServer.REALM + "/"),
                "no single sign-on cookie of the portal's realm, so no account-console session");
        assertEquals(0, server.realm().users().get(userId).getUserSessions().size(), "no user session on the server");
    }
}
