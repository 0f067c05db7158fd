package org.tinaccess.it.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.keycloak.representations.idm.RealmRepresentation;
import org.tinaccess.it.support.IntegrationTest;
import org.tinaccess.it.support.LoginPages;
import org.tinaccess.it.support.MfaEnrolment;
import org.tinaccess.it.support.OnBothMinors;
import org.tinaccess.it.support.PortalClient;
import org.tinaccess.it.support.RealmUsers;
import org.tinaccess.it.support.TinAccessServer;
import org.tinaccess.it.support.Totp;
import org.tinaccess.it.support.WebSession;

/** The plan's security image: shown before the password, and never revealing who has an account. */
@OnBothMinors
@IntegrationTest
class SecurityImageIT {

    private static WebSession.Page imagePage(TinAccessServer server, String username) {
        WebSession browser = new WebSession(server.baseUrl());
        return LoginPages.imagePageFor(browser, browser.get(new PortalClient(server).authorizationUrl()), username);
    }

    @Test
    void anUnknownUsernameSeesTheSameFakeImageEveryTimeAndNotARealUsersImage(TinAccessServer server) {
        String unknown = RealmUsers.uniqueEmail("nobody");
        LoginPages.Shown first = LoginPages.shown(imagePage(server, unknown));
        LoginPages.Shown second = LoginPages.shown(imagePage(server, unknown.toUpperCase()));

        assertEquals(first, second, "stable across visits (and case)");
        assertTrue(first.image().endsWith(".svg"));
        assertTrue(!first.caption().isBlank(), "a fake caption, like a real one");

        String real = RealmUsers.uniqueEmail("real");
        RealmUsers.create(server, real, RealmUsers.PASSWORD);
        RealmUsers.signIn(server, real, RealmUsers.PASSWORD);
        LoginPages.Shown realShown = LoginPages.shown(imagePage(server, real));
        assertEquals(new LoginPages.Shown(LoginPages.IMAGE + ".svg", LoginPages.CAPTION_TEXT), realShown);
        assertNotEquals(first, realShown);
    }

    @Test
    void aWrongPasswordAndAnUnknownUsernameGetTheSameAnswer(TinAccessServer server) {
        String known = RealmUsers.uniqueEmail("known");
        RealmUsers.create(server, known, RealmUsers.PASSWORD);

        WebSession.Page forKnown = submitPassword(server, known, "Wrong-Password-1");
        WebSession.Page forUnknown = submitPassword(server, RealmUsers.uniqueEmail("unknown"), "Wrong-Password-1");

        assertEquals(forKnown.status(), forUnknown.status());
        assertEquals(error(forKnown), error(forUnknown));
        assertEquals("Invalid username or password.", error(forKnown));
    }

    @Test
    void theUserChangesTheirImageThroughTheAccountConsolesAction(TinAccessServer server) {
        String email = RealmUsers.uniqueEmail("changer");
        RealmUsers.create(server, email, RealmUsers.PASSWORD);
        PortalClient portal = new PortalClient(server);
        WebSession first = new WebSession(server.baseUrl());
        WebSession.Page afterPassword = LoginPages.signIn(first, first.get(portal.authorizationUrl()), email, RealmUsers.PASSWORD);
        String secret = MfaEnrolment.withAuthenticatorApp(first, afterPassword).totpSecret();

        // The account console's link: an application-initiated action, kc_action=security-image.
        WebSession browser = new WebSession(server.baseUrl());
        WebSession.Page otp = LoginPages.signIn(browser, browser.get(portal.authorizationUrl() + "&kc_action=security-image"), email,
                RealmUsers.PASSWORD);
        WebSession.Page chooser = browser.submit(otp.form("#kc-otp-login-form"), Map.of("otp", Totp.unspentCode(secret)));
        assertTrue(LoginPages.isImageChooser(chooser), chooser.body());
        WebSession.Page done = LoginPages.chooseImage(browser, chooser, "moon", "night-sky");

        assertNotNull(done.leftServerTo(), done.body());
        assertEquals(new LoginPages.Shown("moon.svg", "Night sky"), LoginPages.shown(imagePage(server, email)));
    }

    @Test
    void withTheFeatureOffTheSignInIsKeycloaksUsualPage(TinAccessServer server) {
        RealmRepresentation realm = server.realm().toRepresentation();
        realm.getAttributes().put("tinAccess.securityImage", "off");
        server.realm().update(realm);
        try {
            WebSession.Page login = new WebSession(server.baseUrl()).get(new PortalClient(server).authorizationUrl());
            assertNotNull(login.document().selectFirst("#kc-form-login input[name=password]"), "username and password on one page");
        } finally {
            realm.getAttributes().put("tinAccess.securityImage", "on");
            server.realm().update(realm);
        }
    }

    private static WebSession.Page submitPassword(TinAccessServer server, String username, String password) {
        WebSession browser = new WebSession(server.baseUrl());
        return LoginPages.signIn(browser, browser.get(new PortalClient(server).authorizationUrl()), username, password);
    }

    private static String error(WebSession.Page page) {
        var alert = page.document().selectFirst(".kc-feedback-text, #input-error-password");
        return alert == null ? page.body() : alert.text();
    }
}
