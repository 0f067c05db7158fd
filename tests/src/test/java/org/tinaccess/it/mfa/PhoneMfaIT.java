package org.tinaccess.it.mfa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tinaccess.it.support.IntegrationTest;
import org.tinaccess.it.support.OnBothMinors;
import org.tinaccess.mfa.CodeCheck;
import org.tinaccess.it.support.LoginPages;
import org.tinaccess.it.support.Mails;
import org.tinaccess.it.support.PhoneGateway;
import org.tinaccess.it.support.PortalClient;
import org.tinaccess.it.support.PortalUsers;
import org.tinaccess.it.support.RealmUsers;
import org.tinaccess.it.support.TermsOfUse;
import org.tinaccess.it.support.TinAccessApi;
import org.tinaccess.it.support.TestPhones.Phone;
import org.tinaccess.it.support.TinAccessServer;
import org.tinaccess.it.support.WebSession;

/** Text-message and voice-call codes: enrolment in the MFA chooser, sign-in, and their guards. */
@OnBothMinors
@IntegrationTest
class PhoneMfaIT {

    /** A signed-out account (password only) and the browser at its MFA chooser. */
    private record AtChooser(String email, WebSession browser, WebSession.Page chooser) {}

    private static AtChooser newAccountAtChooser(TinAccessServer server) {
        String email = RealmUsers.uniqueEmail("phone");
        RealmUsers.create(server, email, RealmUsers.PASSWORD);
        WebSession browser = new WebSession(server.baseUrl());
        WebSession.Page login = browser.get(new PortalClient(server).authorizationUrl());
        WebSession.Page chooser = LoginPages.pastImageChooser(browser, LoginPages.signIn(browser, login, email, RealmUsers.PASSWORD));
        assertNotNull(chooser.document().selectFirst("#ta-mfa-enroll"), chooser.body());
        return new AtChooser(email, browser, chooser);
    }

    /** Chooses {@code method} (sms or voice), proves {@code phone} with the code the gateway received. */
    private static WebSession.Page enrolPhone(TinAccessServer server, AtChooser at, String method, Phone phone) {
        WebSession.Page numberPage = at.browser().submit(at.chooser().form("#ta-mfa-enroll"), Map.of("method", method), Set.of("recoveryCodes"));
        WebSession.Page codePage = at.browser().submit(numberPage.form("#ta-mfa-phone"), Map.of("phone", phone.typed(), "send", ""));
        assertTrue(codePage.body().contains("***-" + phone.e164().substring(8)), "the page shows the number masked");
        PhoneGateway.Message sent = server.phones().awaitMessage(phone.e164(), 1);
        assertEquals(method, sent.channel());
        return TermsOfUse.acceptIfAsked(at.browser(), at.browser().submit(codePage.form("#ta-mfa-phone"), Map.of("code", sent.code(), "verify", "")));
    }

    private static WebSession.Page signInToCodePage(TinAccessServer server, WebSession browser, PortalClient portal, String email) {
        WebSession.Page login = browser.get(portal.authorizationUrl());
        return LoginPages.signIn(browser, login, email, RealmUsers.PASSWORD);
    }

    @Test
    void textMessageEnrolmentProvesTheNumberAndSignInAsksForATextedCode(TinAccessServer server) {
        AtChooser at = newAccountAtChooser(server);
        Phone phone = Phone.next();

        WebSession.Page enrolled = enrolPhone(server, at, "sms", phone);
        PhoneGateway.Message enrolment = server.phones().messagesTo(phone.e164()).get(0);
        assertEquals("Bearer " + PhoneGateway.SECRET, enrolment.authorization(), "the http sender authenticates to the gateway");
        assertTrue(enrolment.text().contains(enrolment.code()));
        assertNotNull(enrolled.leftServerTo(), "enrolment finishes the sign-in:\n" + enrolled.body());

        PortalClient portal = new PortalClient(server);
        WebSession browser = new WebSession(server.baseUrl());
        WebSession.Page codePage = signInToCodePage(server, browser, portal, at.email());
        assertNotNull(codePage.document().selectFirst("#ta-phone-otp-form"), "a second factor is required:\n" + codePage.body());
        PhoneGateway.Message signInCode = server.phones().awaitMessage(phone.e164(), 2);
        assertEquals("sms", signInCode.channel());
        WebSession.Page done = browser.submit(codePage.form("#ta-phone-otp-form"), Map.of("code", signInCode.code()));
        assertNotNull(done.leftServerTo(), done.body());
        JsonNode tokens = portal.exchange(done.leftServerTo());
        assertNotNull(tokens.get("access_token"));
    }

    @Test
    void theActivationChainIsPasswordThenImageThenTheChooserWhereTextMessageWorks(TinAccessServer server) {
        TinAccessApi reviewer = TinAccessApi.asNewReviewer(server);
        String email = RealmUsers.uniqueEmail("sms-admin");
        String link = PortalUsers.approvedActivationLink(server, reviewer, email);

        WebSession browser = new WebSession(server.baseUrl());
        WebSession.Page image = PortalUsers.setPasswordThroughLink(browser, link);
        WebSession.Page chooser = LoginPages.chooseImage(browser, image, "leaf", "autumn-leaves");
        AtChooser at = new AtChooser(email, browser, chooser);
        Phone phone = Phone.next();
        WebSession.Page updated = enrolPhone(server, at, "sms", phone);

        assertNotNull(updated.document().selectFirst("a[href^='" + server.portalUrl() + "']"), "activation ends with the way to the portal");
        String userId = server.realm().users().searchByEmail(email, true).get(0).getId();
        assertTrue(server.realm().users().get(userId).credentials().stream().anyMatch(c -> "phone-otp".equals(c.getType())));
    }

    @Test
    void voiceEnrolmentCallsTheNumberAndSignInCallsAgain(TinAccessServer server) {
        AtChooser at = newAccountAtChooser(server);
        Phone phone = Phone.next();
        assertNotNull(enrolPhone(server, at, "voice", phone).leftServerTo());

        WebSession.Page codePage = signInToCodePage(server, new WebSession(server.baseUrl()), new PortalClient(server), at.email());

        assertTrue(codePage.body().contains("We are calling"), codePage.body());
        assertEquals("voice", server.phones().awaitMessage(phone.e164(), 2).channel());
    }

    @Test
    void fiveWrongCodesAreRefusedAndTheAccountIsLockedForTheRightOneToo(TinAccessServer server) {
        AtChooser at = newAccountAtChooser(server);
        Phone phone = Phone.next();
        enrolPhone(server, at, "sms", phone);
        WebSession browser = new WebSession(server.baseUrl());
        WebSession.Page page = signInToCodePage(server, browser, new PortalClient(server), at.email());
        String right = server.phones().awaitMessage(phone.e164(), 2).code();
        String wrong = right.equals("000000") ? "111111" : "000000";

        for (int i = 0; i < 5; i++) {
            page = browser.submit(page.form("#ta-phone-otp-form"), Map.of("code", wrong));
            assertTrue(page.body().contains("That code is not right"), page.body());
        }
        WebSession.Page afterFive = browser.submit(page.form("#ta-phone-otp-form"), Map.of("code", right));

        assertNull(afterFive.leftServerTo(), "the right code no longer opens the account");
        String userId = server.realm().users().searchByEmail(at.email(), true).get(0).getId();
        Map<String, Object> status = server.realm().attackDetection().bruteForceUserStatus(userId);
        assertTrue(((Number) status.get("numFailures")).intValue() >= 5, "brute-force detection counted the codes: " + status);
        assertEquals(Boolean.TRUE, status.get("disabled"), status.toString());
    }

    @Test
    void aNewCodeIsRefusedWithinThirtySecondsOfTheLast(TinAccessServer server) {
        AtChooser at = newAccountAtChooser(server);
        Phone phone = Phone.next();
        enrolPhone(server, at, "sms", phone);
        WebSession browser = new WebSession(server.baseUrl());
        WebSession.Page page = signInToCodePage(server, browser, new PortalClient(server), at.email());

        WebSession.Page again = browser.submit(page.form("#ta-phone-otp-form"), Map.of("resend", ""));
        WebSession.Page switched = browser.submit(again.form("#ta-phone-otp-form"), Map.of("switch", ""));

        assertTrue(again.body().contains("wait 30 seconds"), again.body());
        assertTrue(switched.body().contains("wait 30 seconds"), switched.body());
        assertEquals(2, server.phones().messagesTo(phone.e164()).size(), "enrolment and one sign-in code, nothing more");
    }

    @Test
    void theEnrolmentPageOutlivesTheCodeItAsksFor(TinAccessServer server) {
        // Required-action pages expire after the realm's user-action lifespan (Keycloak's default is
        // 300 s, the code's own lifespan): the person must meet the code's 5 minutes, not the page's.
        long pageMillis = server.realm().toRepresentation().getAccessCodeLifespanUserAction() * 1000L;

        assertTrue(pageMillis >= 2 * CodeCheck.LIFESPAN_MILLIS, "page " + pageMillis + " ms, code " + CodeCheck.LIFESPAN_MILLIS + " ms");
    }

    @Test
    void aGatewayFailureAsksToTryAgainAndLosesNothing(TinAccessServer server) {
        AtChooser at = newAccountAtChooser(server);
        Phone phone = Phone.next();
        WebSession.Page numberPage = at.browser().submit(at.chooser().form("#ta-mfa-enroll"), Map.of("method", "sms"), Set.of("recoveryCodes"));
        server.phones().failWith(503);
        WebSession.Page failed;
        try {
            failed = at.browser().submit(numberPage.form("#ta-mfa-phone"), Map.of("phone", phone.typed(), "send", ""));
        } finally {
            server.phones().failWith(0);
        }

        assertTrue(failed.body().contains("could not send the code"), failed.body());
        assertEquals(phone.typed(), failed.document().selectFirst("input[name=phone]").val(), "the number is kept");
        WebSession.Page codePage = at.browser().submit(failed.form("#ta-mfa-phone"), Map.of("phone", phone.typed(), "send", ""));
        assertNotNull(codePage.document().selectFirst("input[name=code]"), "retrying works");
    }

    @Test
    void aPasswordResetStillAsksForThePhoneCode(TinAccessServer server) {
        AtChooser at = newAccountAtChooser(server);
        Phone phone = Phone.next();
        enrolPhone(server, at, "sms", phone);
        PortalClient portal = new PortalClient(server);
        WebSession browser = new WebSession(server.baseUrl());
        WebSession.Page imagePage = LoginPages.imagePageFor(browser, browser.get(portal.authorizationUrl()), at.email());
        WebSession.Page forgot = browser.get(imagePage.document().selectFirst("a[href*=reset-credentials]").absUrl("href"));
        browser.submit(forgot.form("#kc-reset-password-form"), Map.of("username", at.email()));
        String link = Mails.html(server.inbox().awaitMessageTo(at.email())).selectFirst("a[href*=action-token]").attr("href");

        WebSession.Page page = browser.get(link);
        assertNotNull(page.document().selectFirst("#ta-phone-otp-form"), "the e-mailed link alone does not pass the second factor:\n" + page.body());
        page = browser.submit(page.form("#ta-phone-otp-form"), Map.of("code", server.phones().awaitMessage(phone.e164(), 2).code()));
        WebSession.Page done = browser.submit(page.form("#kc-passwd-update-form"),
                Map.of("password-new", "Fresh-Meadow-31", "password-confirm", "Fresh-Meadow-31"));

        assertNotNull(done.leftServerTo(), done.body());
        assertNotNull(portal.exchange(done.leftServerTo()).get("access_token"));
    }

    @Test
    void theHelpDeskVerifiesTheCallerByACodeToTheirPhoneResetsAndTheUserEnrolsAgainAtNextSignIn(TinAccessServer server) {
        AtChooser at = newAccountAtChooser(server);
        Phone phone = Phone.next();
        enrolPhone(server, at, "sms", phone);
        String userId = server.realm().users().searchByEmail(at.email(), true).get(0).getId();
        TinAccessApi agent = TinAccessApi.asNewHelpDesk(server);
        int sent = server.phones().messagesTo(phone.e164()).size();
        // Found by the exact address or username the caller gives, and by nothing else.
        assertEquals(userId, agent.get("/people?q=" + at.email()).body().get("items").get(0).get("id").asText());
        assertEquals(0, agent.get("/people?q=no-such-caller-" + phone.e164().substring(2)).body().get("items").size());

        TinAccessApi.Answer opened = agent.post("/people/" + userId + "/checks", "{\"method\":\"phone\"}");
        assertEquals(201, opened.status(), opened.toString());
        assertEquals("(***) ***-" + phone.e164().substring(phone.e164().length() - 4), opened.body().get("sentTo").asText());
        String checkId = opened.body().get("id").asText();
        String code = server.phones().awaitMessage(phone.e164(), sent + 1).code();
        assertEquals(200, agent.post("/checks/" + checkId + "/code", "{\"code\":\"" + code + "\"}").status());
        TinAccessApi.Answer reset = agent.post("/checks/" + checkId + "/reset", null);

        assertEquals(200, reset.status(), reset.toString());
        assertEquals("done", reset.body().get("status").asText());
        assertTrue(server.realm().users().get(userId).credentials().stream().noneMatch(c -> "phone-otp".equals(c.getType())));
        assertTrue(Mails.subject(server.inbox().awaitMessageTo(at.email())).contains("multifactor"));
        WebSession.Page next = signInToCodePage(server, new WebSession(server.baseUrl()), new PortalClient(server), at.email());
        assertNotNull(next.document().selectFirst("#ta-mfa-enroll"), "the next sign-in enrols a new device");
        assertEquals(List.of(), server.realm().users().get(userId).credentials().stream().filter(c -> "otp".equals(c.getType())).toList());
    }
}
