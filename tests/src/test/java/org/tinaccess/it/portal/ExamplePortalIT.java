package org.tinaccess.it.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.tinaccess.it.support.IntegrationTest;
import org.tinaccess.it.support.LoginPages;
import org.tinaccess.it.support.PortalUsers;
import org.tinaccess.it.support.TinAccessApi;
import org.tinaccess.it.support.TinAccessServer;
import org.tinaccess.it.support.Totp;
import org.tinaccess.it.support.WebSession;

/**
 * The example portal as a relying party must behave: it completes only the sign-ins it started,
 * once; it shows what the tins claim in the realm's userinfo says for the person the validated ID
 * token names; and its sign-out, which ends the realm's session too, cannot be triggered by another
 * site.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExamplePortalIT {

    private TinAccessServer server;
    private PortalUsers.TinAdmin tinAdmin;

    @BeforeAll
    void anActivatedTinAdmin(TinAccessServer server) {
        this.server = server;
        this.tinAdmin = PortalUsers.newTinAdmin(server, TinAccessApi.asNewReviewer(server));
    }

    /** A browser for both servers: they share "localhost", and so its cookies, as in a real browser. */
    private WebSession browser() {
        return new WebSession("http://localhost:");
    }

    private WebSession.Page signedInHome(WebSession browser) {
        WebSession.Page login = browser.get(server.portalUrl() + "/sign-in");
        WebSession.Page otp = LoginPages.signIn(browser, login, tinAdmin.admin().email(), PortalUsers.PASSWORD);
        return browser.submit(otp.form("#kc-otp-login-form"), Map.of("otp", Totp.unspentCode(tinAdmin.admin().totpSecret())));
    }

    @Test
    void theSignedInHomeShowsTheTinsUserinfoGivesForThePersonOfTheIdToken() {
        WebSession.Page home = signedInHome(browser());

        assertEquals(server.portalUrl() + "/", home.uri().toString());
        List<String> cells = home.document().select("#tins tbody td").eachText();
        assertEquals(List.of(tinAdmin.tin().substring(0, 2) + "-" + tinAdmin.tin().substring(2), "Admin", "none yet"), cells);
        assertEquals(tinAdmin.admin().email(), home.document().selectFirst("#signed-in-as").text());
        assertEquals(server.realmUrl() + "/account", home.document().selectFirst("#account-console").attr("href"));
    }

    @Test
    void aCallbackThisBrowserDidNotStartIsRefused() {
        WebSession.Page forged = browser().get(server.portalUrl() + "/callback?code=stolen&state=guessed");

        assertEquals(400, forged.status());
        assertNull(forged.document().selectFirst("#tins"));
    }

    @Test
    void aSignInCompletesOnceOnly() {
        WebSession browser = browser();
        WebSession.Page home = signedInHome(browser);
        URI callback = home.hops().stream().filter(hop -> hop.toString().startsWith(server.portalUrl() + "/callback?"))
                .findFirst().orElseThrow(() -> new AssertionError("no callback among " + home.hops()));

        assertEquals(400, browser.get(callback.toString()).status(), "the same browser replays the realm's answer");
        assertEquals(400, browser().get(callback.toString()).status(), "another browser replays it");
    }

    @Test
    void signOutNeedsThePortalsOwnFormAndEndsTheRealmSessionToo() {
        WebSession browser = browser();
        WebSession.Page home = signedInHome(browser);
        Element signOut = home.form("form[action='/sign-out']");

        WebSession.Page forged = browser.submit(signOut, Map.of("token", "from-another-site"));
        assertEquals(403, forged.status());
        assertNotNull(browser.get(server.portalUrl() + "/").document().selectFirst("#tins"), "still signed in");

        WebSession.Page signedOut = browser.submit(signOut, Map.of());
        assertEquals(server.portalUrl() + "/signed-out", signedOut.uri().toString());
        assertNull(browser.get(server.portalUrl() + "/").document().selectFirst("#tins"), "signed out of the portal");
        WebSession.Page account = browser.get(server.portalUrl() + "/sign-in");
        assertNotNull(account.document().selectFirst("#kc-form-login"), "signed out of the realm: the next sign-in asks again");
    }
}
