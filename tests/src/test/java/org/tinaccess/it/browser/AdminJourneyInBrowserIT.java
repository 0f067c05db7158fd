package org.tinaccess.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Alert;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.openqa.selenium.virtualauthenticator.VirtualAuthenticator;
import org.openqa.selenium.virtualauthenticator.VirtualAuthenticatorOptions;
import org.tinaccess.it.support.BrowserTest;
import org.tinaccess.it.support.Chromium;
import org.tinaccess.it.support.Mails;
import org.tinaccess.it.support.PortalClient;
import org.tinaccess.it.support.RealmUsers;
import org.tinaccess.it.support.RequestAccessInBrowser;
import org.tinaccess.it.support.TestTins;
import org.tinaccess.it.support.TinAccessApi;
import org.tinaccess.it.support.TinAccessServer;

/**
 * The admin request in Chromium, as a provider's staff member lives it: request access on the pages, the
 * reviewer approves, the activation link from the e-mail (password, security image, MFA chooser)
 * with a passkey in Chromium's virtual authenticator, then a sign-in with that passkey.
 */
@BrowserTest
class AdminJourneyInBrowserIT {

    private static final String PASSWORD = "Quiet-Harbor-77";

    @Test
    void providerAdminRequestsActivatesWithAPasskeyAndSignsInWithIt(TinAccessServer server, Chromium chromium) {
        VirtualAuthenticator authenticator = chromium.driver().addVirtualAuthenticator(new VirtualAuthenticatorOptions()
                .setProtocol(VirtualAuthenticatorOptions.Protocol.CTAP2)
                .setTransport(VirtualAuthenticatorOptions.Transport.INTERNAL)
                .setHasResidentKey(true)
                .setHasUserVerification(true)
                .setIsUserVerified(true)
                .setIsUserConsenting(true));
        try {
            String email = RealmUsers.uniqueEmail("browser-admin");
            String tin = TestTins.next();
            String reference = RequestAccessInBrowser.requestAccess(server, chromium, email, tin);

            TinAccessApi reviewer = TinAccessApi.asNewReviewer(server);
            assertEquals(200, reviewer.approve(reviewer.findByReference(reference).get("id").asText(), tin).status());
            String link = Mails.html(server.inbox().awaitMessagesTo(email, 2).get(1)).selectFirst("a#activate-account").attr("href");

            activateWithPasskey(server, chromium, link);
            String userId = server.realm().users().searchByEmail(email, true).get(0).getId();
            assertTrue(server.realm().users().get(userId).credentials().stream().anyMatch(c -> "webauthn".equals(c.getType())),
                    "the passkey is the user's second factor");

            signInWithPasskey(server, chromium, email);
        } finally {
            chromium.driver().removeVirtualAuthenticator(authenticator);
        }
    }

    private static void activateWithPasskey(TinAccessServer server, Chromium chromium, String link) {
        chromium.open(link);
        chromium.type(By.id("password-new"), PASSWORD);
        chromium.type(By.id("password-confirm"), PASSWORD);
        chromium.click(By.id("kc-submit"));

        chromium.await(By.id("ta-security-image-form"));
        chromium.click(By.cssSelector("input[name=image][value=sailboat]"));
        chromium.select(By.id("caption"), "lake-cabin");
        chromium.screenshot("security-image");
        chromium.click(By.id("ta-image-save"));

        chromium.await(By.id("ta-mfa-enroll"));
        chromium.screenshot("mfa-chooser");
        chromium.click(By.cssSelector("input[name=method][value=passkey]"));
        chromium.click(By.cssSelector("input[name=recoveryCodes]"));
        chromium.click(By.id("ta-mfa-continue"));

        chromium.click(By.id("registerWebAuthn"));
        Alert label = new WebDriverWait(chromium.driver(), Duration.ofSeconds(20)).until(ExpectedConditions.alertIsPresent());
        label.sendKeys("Jane's laptop");
        label.accept();
        chromium.await(By.id("kc-accept"));
        chromium.screenshot("terms-of-use");
        chromium.click(By.id("kc-accept"));
        chromium.await(By.cssSelector("a[href^='" + server.portalUrl() + "']"));
        chromium.screenshot("activation-done");
    }

    private static void signInWithPasskey(TinAccessServer server, Chromium chromium, String email) {
        PortalClient portal = new PortalClient(server);
        chromium.open(portal.authorizationUrl());
        chromium.type(By.id("username"), email);
        chromium.click(By.id("kc-login"));
        assertEquals("Lake cabin", chromium.await(By.id("ta-security-caption")).getText());
        chromium.screenshot("sign-in-security-image");
        chromium.type(By.id("password"), PASSWORD);
        chromium.click(By.id("kc-login"));
        chromium.click(By.id("authenticateWebAuthnButton"));
        new WebDriverWait(chromium.driver(), Duration.ofSeconds(20))
                .until(driver -> driver.getCurrentUrl().startsWith(portal.redirectUri()));
        assertTrue(chromium.driver().getCurrentUrl().contains("code="), chromium.driver().getCurrentUrl());
    }
}
