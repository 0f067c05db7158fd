package org.tinaccess.it.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.tinaccess.it.support.IntegrationTest;
import org.tinaccess.it.support.LoginPages;
import org.tinaccess.it.support.Mails;
import org.tinaccess.it.support.MfaEnrolment;
import org.tinaccess.it.support.OnBothMinors;
import org.tinaccess.it.support.PortalClient;
import org.tinaccess.it.support.Providers;
import org.tinaccess.it.support.RequestAccessPages;
import org.tinaccess.it.support.TestTins;
import org.tinaccess.it.support.TinAccessApi;
import org.tinaccess.it.support.TinAccessServer;
import org.tinaccess.it.support.Totp;
import org.tinaccess.it.support.WebSession;

/**
 * The admin request end to end on the real server: request access on the pages, acknowledgement mail, one
 * TIN approved and one denied by a reviewer, the activation link from the mail (password, security image, MFA chooser),
 * and the portal's sign-in whose ID token carries the approved TIN only.
 */
@OnBothMinors
@IntegrationTest
class AdminAccessJourneyIT {

    private static final String PASSWORD = "Quiet-Harbor-77";

    @Test
    void providerAdminRequestsIsApprovedActivatesAndSignsInWithTheTinInTheToken(TinAccessServer server) {
        String email = "jane.doe." + System.nanoTime() + "@northwoods-clinic.test";
        String approvedTin = TestTins.next();
        String deniedTin = TestTins.next();

        // 1. Request access through the real pages.
        String reference = RequestAccessPages.open(server)
                .requestAdminAccess(RequestAccessPages.contact(email), List.of(approvedTin, deniedTin));

        // 2. The acknowledgement: reference, masked TINs, what happens next.
        MimeMessage acknowledgement = server.inbox().awaitMessageTo(email);
        assertTrue(Mails.subject(acknowledgement).contains(reference));
        String ackText = Mails.text(acknowledgement);
        assertTrue(ackText.contains("**-***" + approvedTin.substring(5)), ackText);
        assertTrue(!ackText.contains(approvedTin), "the TIN is masked in the mail");
        assertTrue(ackText.contains("10–14 business days"), ackText);
        assertTrue(Mails.html(acknowledgement).text().contains(reference));
        assertEquals(Mails.subject(acknowledgement), Mails.html(acknowledgement).title(), "the HTML mail is named by its subject");
        assertEquals("en", Mails.html(acknowledgement).selectFirst("html").attr("lang"));

        // 3. A reviewer approves one TIN and denies the other.
        TinAccessApi reviewer = TinAccessApi.asNewReviewer(server);
        JsonNode request = reviewer.findByReference(reference);
        assertEquals("pending", request.get("status").asText());
        assertEquals(email, request.get("contact").get("email").asText());
        assertEquals("+17155550123", request.get("contact").get("phone").asText());
        String requestId = request.get("id").asText();
        assertEquals(200, reviewer.approve(requestId, approvedTin).status());
        TinAccessApi.Answer denied = reviewer.deny(requestId, deniedTin, "{\"reason\": \"TIN_NOT_ENROLLED\"}");
        assertEquals(200, denied.status(), denied.toString());
        assertEquals("decided", denied.body().get("status").asText());

        List<MimeMessage> mails = server.inbox().awaitMessagesTo(email, 3);
        MimeMessage approval = mails.stream().filter(m -> Mails.subject(m).contains("approved")).findFirst().orElseThrow();
        MimeMessage denial = mails.stream().filter(m -> Mails.subject(m).contains(reference)
                && Mails.text(m).contains("not enrolled")).findFirst().orElseThrow();
        assertTrue(Mails.text(denial).contains("**-***" + deniedTin.substring(5)));
        // "Call the Provider Assistance Center" comes with the realm's numbers and hours (realm-config).
        assertTrue(Mails.text(denial).contains("Provider Assistance Center: 715-631-7412 or 855-931-4851; TTY 715-631-7413 or 855-931-4852."
                + " Hours: 8 a.m. to 5 p.m. Central, Monday – Friday."), Mails.text(denial));
        assertEquals("tel:855-931-4851".replace("-", ""), Mails.html(denial).select("a[href^=tel:]").get(1).attr("href"));

        // 4. The Activate account link: set a password that obeys the policy, then enrol OTP.
        Element activate = Mails.html(approval).selectFirst("a#activate-account");
        assertNotNull(activate, "the approval mail has an Activate Account button");
        WebSession browser = new WebSession(server.baseUrl());
        WebSession.Page passwordPage = browser.get(activate.attr("href"));
        Element passwordForm = passwordPage.form("#kc-passwd-update-form");
        // The page lists the rules before the person types; they come from the realm's policy.
        assertEquals(List.of("At least 8 characters", "A lowercase letter", "An uppercase letter", "A number", "No parts of your username",
                "Your password cannot be any of your last 4 passwords"), passwordPage.document().select("#ta-password-rules li").eachText());

        String withUsernamePart = "Northwoods-Clinic-1";
        WebSession.Page refused = browser.submit(passwordForm, Map.of("password-new", withUsernamePart, "password-confirm", withUsernamePart));
        assertTrue(refused.body().contains("cannot contain parts of your username"), refused.body());

        WebSession.Page imageChooser = browser.submit(refused.form("#kc-passwd-update-form"),
                Map.of("password-new", PASSWORD, "password-confirm", PASSWORD));
        assertTrue(LoginPages.isImageChooser(imageChooser), "after the password comes the security image:\n" + imageChooser.body());
        assertTrue(imageChooser.document().select("#ta-image-grid input[name=image]").size() >= 16, "at least 16 images");
        WebSession.Page chooser = LoginPages.chooseImage(browser, imageChooser, "sailboat", "lake-cabin");
        assertTrue(chooser.document().selectFirst("#ta-mfa-enroll") != null, "then the MFA chooser:\n" + chooser.body());
        MfaEnrolment.Enrolled app = MfaEnrolment.withAuthenticatorApp(browser, chooser);
        String secret = app.totpSecret();
        WebSession.Page updated = app.next();
        // Keycloak ends an action-token chain on its "Account updated" page, whose link goes to the portal.
        Element toPortal = updated.document().selectFirst("a[href^='" + server.portalUrl() + "']");
        assertNotNull(toPortal, "activation ends with a way to the portal:\n" + updated.body());

        // 5. The portal signs the new admin in (password + OTP); the access token names the approved TIN only.
        PortalClient portal = new PortalClient(server);
        WebSession signIn = new WebSession(server.baseUrl());
        WebSession.Page login = signIn.get(portal.authorizationUrl());
        WebSession.Page imagePage = LoginPages.imagePageFor(signIn, login, email);
        assertEquals(new LoginPages.Shown("sailboat.svg", "Lake cabin"), LoginPages.shown(imagePage), "the admin's own image and caption");
        WebSession.Page otp = signIn.submit(imagePage.form("#ta-image-password-form"), Map.of("password", PASSWORD));
        // The enrolment used this step's code and codes are single use: answer with the next step's.
        WebSession.Page done = signIn.submit(otp.form("#kc-otp-login-form"), Map.of("otp", Totp.unspentCode(secret)));
        assertNotNull(done.leftServerTo(), "sign-in reaches the portal:\n" + done.body());
        JsonNode tokens = portal.exchange(done.leftServerTo());
        JsonNode accessToken = PortalClient.claims(tokens.get("access_token").asText());
        JsonNode tins = accessToken.get("tins");
        assertNotNull(tins, "the access token has the tins claim: " + accessToken);
        // Out of the ID token by default: a person with many TINs would carry it twice in every token response.
        assertNull(PortalClient.claims(tokens.get("id_token").asText()).get("tins"), "the ID token leaves the claim to the access token");
        assertEquals(1, tins.size(), tins.toString());
        assertEquals("admin", tins.get(approvedTin).get("role").asText());
        assertEquals(0, tins.get(approvedTin).get("entitlements").size());

        // The provider is a Keycloak Organization with the TIN as alias, and the admin its member.
        var organization = Providers.ofTin(server, approvedTin);
        assertTrue(organization.getName().contains("Northwoods Clinic"), organization.getName());
        assertTrue(!organization.getName().contains(approvedTin), "the organization's name shows the TIN masked");
        assertEquals(email, server.realm().organizations().get(organization.getId()).members().list(0, 10).get(0).getEmail());

        // The contact details live in the account, as user-profile attributes the plan's admins can see.
        var account = server.realm().users().get(server.realm().users().searchByEmail(email, true).get(0).getId()).toRepresentation();
        assertEquals(List.of("+17155550123"), account.getAttributes().get("phoneNumber"));
        assertEquals(List.of("Office Manager"), account.getAttributes().get("jobTitle"));
        assertTrue(account.isEmailVerified(), "following the mailed link proved the address");

        // 6. The used link is dead.
        WebSession.Page again = new WebSession(server.baseUrl()).get(activate.attr("href"));
        assertTrue(again.document().select("#kc-passwd-update-form").isEmpty(), "a used link does not start activation again");
    }
}
