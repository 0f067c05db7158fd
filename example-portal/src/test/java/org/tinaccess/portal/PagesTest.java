package org.tinaccess.portal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PagesTest {

    private static final PortalSettings SETTINGS = PortalSettings.fromEnvironment(Map.of());

    @Test
    void whatTheTokenSaysIsEscapedBeforeItIsShown() {
        PortalSession session = new PortalSession();
        session.signedIn(new SignedIn("sub-1", "sid-1", "<script>alert(1)</script>", "a&b@clinic.test", List.of(), null));

        String page = Pages.home(SETTINGS, session);

        assertFalse(page.contains("<script>alert"), page);
        assertTrue(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), page);
        assertTrue(page.contains("a&amp;b@clinic.test"), page);
    }

    @Test
    void aSignInThePersonStoppedSaysWhatHappenedAndHowToComeBack() {
        String page = Pages.signInDeclined();

        assertTrue(page.contains("declining the terms of use"), page);
        assertTrue(page.contains("href=\"" + PortalRoutes.SIGN_IN + "\""), page);
        assertFalse(page.contains("could not be completed"), "nothing failed: " + page);
    }

    @Test
    void theTinsTableHasACaptionAndColumnHeaders() {
        PortalSession session = new PortalSession();
        session.signedIn(new SignedIn("sub-2", "sid-2", "Jane Doe", "jane@clinic.test", List.of(new TinGrant("123456789", "admin", List.of("claims"))), null));

        String page = Pages.home(SETTINGS, session);

        assertTrue(page.startsWith("<!DOCTYPE html>\n<html lang=\"en\">"), page);
        assertTrue(page.contains("<caption>"), page);
        assertTrue(page.contains("<th scope=\"col\">Tax ID</th>"), page);
        assertTrue(page.contains("<td>12-3456789</td><td>Admin</td><td>claims</td>"), page);
        assertTrue(page.contains("href=\"http://localhost:8080/realms/provider-portal/account\""), page);
    }

    @Test
    void theRunCommandNeedsNoSetting() {
        assertTrue(SETTINGS.callback().equals(URI.create("http://localhost:3000/callback")));
        assertTrue(SETTINGS.clientSecret().equals(PortalSettings.DEV_CLIENT_SECRET));
    }
}
