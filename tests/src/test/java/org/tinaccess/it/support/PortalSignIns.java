package org.tinaccess.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * People signed in at the example portal (the realm's {@code provider-portal} client, which has a
 * back-channel logout URL), each in a browser of their own, and what the portal shows them.
 */
public final class PortalSignIns {

    private static final Logger LOG = Logger.getLogger(PortalSignIns.class);

    private PortalSignIns() {}

    /**
     * A user of a TIN and their sign-in at the example portal.
     *
     * @param elsewhere the same person signed in at the portal without a back-channel logout URL (another browser)
     * @param browser the browser signed in at the example portal
     * @param portalUrl the example portal
     */
    public record Member(PortalUsers.SignedIn elsewhere, WebSession browser, String portalUrl) {

        public String userId() {
            return elsewhere.userId();
        }

        public WebSession.Page home() {
            return browser.get(portalUrl + "/");
        }

        /**
         * Polls the portal's home page until it says the sign-in ended, at most {@code within} after
         * {@code since}; answers how long after {@code since} it did.
         */
        public Duration awaitSignedOut(Instant since, Duration within) {
            Await.until("the example portal to end the sign-in", within.minus(Duration.between(since, Instant.now())), this::home,
                    page -> page.document().selectFirst("#access-changed") != null);
            Duration took = Duration.between(since, Instant.now());
            LOG.infof("The example portal ended the sign-in %d ms after the change was asked for", took.toMillis());
            return took;
        }

        /** Signs in at the portal again (the realm session stays: no page to fill in); answers the TIN table's cells. */
        public List<String> tinsAfterSigningInAgain() {
            WebSession.Page again = browser.get(portalUrl + "/sign-in");
            assertEquals(portalUrl + "/", again.uri().toString(), "single sign-on, no password: " + again.body());
            return again.document().select("#tins tbody td").eachText();
        }
    }

    /**
     * A new user of the TIN {@code tinAdmin} administers, with {@code entitlements} (a JSON array),
     * activated, signed in at the example portal through {@code server}.
     */
    public static Member newMember(TinAccessServer server, PortalUsers.TinAdmin tinAdmin, String entitlements) {
        String email = "portal-" + UUID.randomUUID().toString().substring(0, 8) + "@clinic.example";
        TinAccessApi admin = TinAccessApi.at(server, "/tins/" + tinAdmin.tin(), tinAdmin.admin().apiToken());
        TinAccessApi.Answer added = admin.post("/members", "{\"email\":\"" + email + "\",\"firstName\":\"Pat\",\"lastName\":\"Moreno\","
                + "\"phone\":\"715-555-0142\",\"entitlements\":" + entitlements + "}");
        assertEquals(201, added.status(), added.toString());
        MimeMessage invitation = server.inbox().awaitMessageTo(email);
        return signIn(server, PortalUsers.activateAndSignIn(server, email, invitation));
    }

    /** {@code person}, signed in elsewhere already, signs in at the example portal too, in a browser of their own. */
    public static Member signIn(TinAccessServer server, PortalUsers.SignedIn person) {
        // One browser for both servers: they share "localhost", and so its cookies, as in a real browser.
        WebSession browser = new WebSession("http://localhost:");
        WebSession.Page otp = LoginPages.signIn(browser, browser.get(server.portalUrl() + "/sign-in"), person.email(), PortalUsers.PASSWORD);
        WebSession.Page home = browser.submit(otp.form("#kc-otp-login-form"), Map.of("otp", Totp.unspentCode(person.totpSecret())));
        assertEquals(server.portalUrl() + "/", home.uri().toString(), home.body());
        assertNotNull(home.document().selectFirst("#tins"), home.body());
        return new Member(person, browser, server.portalUrl());
    }
}
