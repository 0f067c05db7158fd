package org.tinaccess.it.foundation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.tinaccess.it.support.IntegrationTest;
import org.tinaccess.it.support.LoginPages;
import org.tinaccess.it.support.MfaEnrolment;
import org.tinaccess.it.support.OnBothMinors;
import org.tinaccess.it.support.PortalClient;
import org.tinaccess.it.support.RealmUsers;
import org.tinaccess.it.support.TinAccessServer;
import org.tinaccess.it.support.WebSession;

/** A relying portal signs a provider's user in with plain OIDC: authorization code + PKCE S256. */
@OnBothMinors
@IntegrationTest
class PortalSignInIT {

    private static final String PASSWORD = "Harbor-Lights-42";

    @Test
    void userSignsInEnrolsASecondFactorAndThePortalGetsTokens(TinAccessServer server) {
        String email = RealmUsers.uniqueEmail("sign-in");
        String userId = RealmUsers.create(server, email, PASSWORD);
        PortalClient portal = new PortalClient(server);
        WebSession browser = new WebSession(server.baseUrl());

        WebSession.Page login = browser.get(portal.authorizationUrl());
        assertEquals(200, login.status());
        WebSession.Page chooser = LoginPages.signIn(browser, login, email, PASSWORD);
        // Every sign-in needs a second factor: a user without one enrols before reaching the portal.
        assertTrue(MfaEnrolment.isChooser(chooser), chooser.body());
        WebSession.Page afterLogin = MfaEnrolment.withAuthenticatorApp(browser, chooser).next();

        assertNotNull(afterLogin.leftServerTo(), "sign-in should redirect to the portal:\n" + afterLogin.body());
        assertTrue(afterLogin.leftServerTo().toString().startsWith(portal.redirectUri()));
        JsonNode tokens = portal.exchange(afterLogin.leftServerTo());
        JsonNode access = PortalClient.claims(tokens.get("access_token").asText());
        JsonNode id = PortalClient.claims(tokens.get("id_token").asText());
        assertEquals(userId, access.get("sub").asText());
        assertEquals(email, id.get("email").asText());
        assertEquals(server.realmUrl(), access.get("iss").asText());
    }

    @Test
    void wrongPasswordKeepsTheUserOnTheLoginPage(TinAccessServer server) {
        String email = RealmUsers.uniqueEmail("wrong-password");
        RealmUsers.create(server, email, PASSWORD);
        WebSession browser = new WebSession(server.baseUrl());

        WebSession.Page login = browser.get(new PortalClient(server).authorizationUrl());
        WebSession.Page again = LoginPages.signIn(browser, login, email, "Not-The-One-1");

        assertNull(again.leftServerTo());
        assertTrue(again.document().select("#ta-image-password-form").size() == 1, "the password form is shown again");
        assertTrue(again.body().contains("Invalid username or password."));
    }

    @Test
    void loginPageWearsTheTinAccessTheme(TinAccessServer server) {
        Document page = new WebSession(server.baseUrl()).get(new PortalClient(server).authorizationUrl()).document();

        assertNotNull(page.selectFirst("link[href*='/tin-access/css/tin-access.css']"), () -> "the theme's stylesheet is linked: " + page.select("link"));
        assertEquals("Provider Portal", page.selectFirst("#kc-header-wrapper").ownText());
        assertEquals("Secure access for health care providers", page.selectFirst("#kc-header-wrapper .ta-tagline").text());
        assertEquals("Request access", page.selectFirst("#kc-registration a").text());
        assertEquals(server.realmUrl() + "/tin-access/join", page.selectFirst("#ta-join-link a").absUrl("href"));
    }
}
