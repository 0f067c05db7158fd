package org.tinaccess.it.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.keycloak.representations.idm.RealmRepresentation;
import org.tinaccess.it.support.Await;
import org.tinaccess.it.support.IntegrationTest;
import org.tinaccess.it.support.LoginPages;
import org.tinaccess.it.support.Mails;
import org.tinaccess.it.support.MfaEnrolment;
import org.tinaccess.it.support.OnBothMinors;
import org.tinaccess.it.support.PortalUsers;
import org.tinaccess.it.support.RealmUsers;
import org.tinaccess.it.support.RequestAccessPages;
import org.tinaccess.it.support.TinAccessApi;
import org.tinaccess.it.support.TestTins;
import org.tinaccess.it.support.TinAccessServer;
import org.tinaccess.it.support.WebSession;

/** The "Activate account" link: one working link at a time, a clear page when it no longer works. */
@OnBothMinors
@IntegrationTest
class ActivationLinkIT {

    private record Approved(String email, String requestId, String link) {}

    private static Approved approveNewRequest(TinAccessServer server, TinAccessApi reviewer) {
        String email = RealmUsers.uniqueEmail("activation");
        String tin = TestTins.next();
        String reference = RequestAccessPages.open(server).requestAdminAccess(RequestAccessPages.contact(email), List.of(tin));
        String id = reviewer.findByReference(reference).get("id").asText();
        assertEquals(200, reviewer.approve(id, tin).status());
        return new Approved(email, id, link(server.inbox().awaitMessagesTo(email, 2).get(1)));
    }

    private static String link(MimeMessage mail) {
        return Mails.html(mail).selectFirst("a#activate-account").attr("href");
    }

    @Test
    void resendingTheActivationLinkVoidsTheOldOne(TinAccessServer server) {
        TinAccessApi reviewer = TinAccessApi.asNewReviewer(server);
        Approved approved = approveNewRequest(server, reviewer);

        assertEquals(200, reviewer.resendActivation(approved.requestId()).status());
        String newLink = link(server.inbox().awaitMessagesTo(approved.email(), 3).get(2));

        WebSession.Page old = new WebSession(server.baseUrl()).get(approved.link());
        assertTrue(old.body().contains("no longer valid"), old.body());
        assertNull(old.document().selectFirst("#kc-passwd-update-form"));
        assertNotNull(new WebSession(server.baseUrl()).get(newLink).document().selectFirst("#kc-passwd-update-form"));
    }

    @Test
    void onlyTheBrowserThatOpenedTheLinkLastGoesOnSoNoEarlierTabOutlivesTheActivation(TinAccessServer server) {
        Approved approved = approveNewRequest(server, TinAccessApi.asNewReviewer(server));
        WebSession earlier = new WebSession(server.baseUrl());
        WebSession.Page waiting = earlier.get(approved.link());
        assertNotNull(waiting.document().selectFirst("#kc-passwd-update-form"), waiting.body());

        WebSession owner = new WebSession(server.baseUrl());
        WebSession.Page password = owner.get(approved.link());
        WebSession.Page chooser = owner.submit(password.form("#kc-passwd-update-form"),
                Map.of("password-new", PortalUsers.PASSWORD, "password-confirm", PortalUsers.PASSWORD));
        String secret = MfaEnrolment.withAuthenticatorApp(owner, chooser).totpSecret();

        WebSession.Page late = earlier.submit(waiting.form("#kc-passwd-update-form"),
                Map.of("password-new", "Other-Harbor-91", "password-confirm", "Other-Harbor-91"));

        assertFalse(LoginPages.isImageChooser(late), "the earlier tab goes no further: " + late.body());
        assertEquals(approved.email(), PortalUsers.signIn(server, approved.email(), secret).email(), "the owner's password still signs in");
    }

    @Test
    void resendIsRefusedBeforeApprovalAndAfterActivation(TinAccessServer server) {
        TinAccessApi reviewer = TinAccessApi.asNewReviewer(server);
        String reference = RequestAccessPages.open(server)
                .requestAdminAccess(RequestAccessPages.contact(RealmUsers.uniqueEmail("early")), List.of(TestTins.next()));
        TinAccessApi.Answer early = reviewer.resendActivation(reviewer.findByReference(reference).get("id").asText());
        assertEquals(409, early.status());
        assertEquals("not_approved", early.body().get("error").asText());

        Approved approved = approveNewRequest(server, reviewer);
        WebSession browser = new WebSession(server.baseUrl());
        WebSession.Page password = browser.get(approved.link());
        browser.submit(password.form("#kc-passwd-update-form"), Map.of("password-new", "Quiet-Harbor-77", "password-confirm", "Quiet-Harbor-77"));
        TinAccessApi.Answer late = reviewer.resendActivation(approved.requestId());
        assertEquals(409, late.status());
        assertEquals("already_activated", late.body().get("error").asText());
    }

    @Test
    void thePasswordPageListsTheRulesOfTheRealmsPolicyAsItIsNow(TinAccessServer server) {
        Approved approved = approveNewRequest(server, TinAccessApi.asNewReviewer(server));
        RealmRepresentation realm = server.realm().toRepresentation();
        String policy = realm.getPasswordPolicy();
        realm.setPasswordPolicy("length(12) and digits(2) and specialChars(1) and notUsername");
        server.realm().update(realm);
        List<String> rules;
        try {
            rules = new WebSession(server.baseUrl()).get(approved.link()).document().select("#ta-password-rules li").eachText();
        } finally {
            realm.setPasswordPolicy(policy);
            server.realm().update(realm);
        }

        assertEquals(List.of("At least 12 characters", "At least 2 numbers", "A special character, such as ! or #", "Not your username"), rules);
    }

    @Test
    void anExpiredActivationLinkSaysSoAndHowToGetANewOne(TinAccessServer server) {
        RealmRepresentation realm = server.realm().toRepresentation();
        String lifespan = realm.getAttributes().get("tinAccess.activationLifespan");
        realm.getAttributes().put("tinAccess.activationLifespan", "PT1S");
        server.realm().update(realm);
        Approved approved;
        try {
            approved = approveNewRequest(server, TinAccessApi.asNewReviewer(server));
        } finally {
            realm.getAttributes().put("tinAccess.activationLifespan", lifespan);
            server.realm().update(realm);
        }

        WebSession.Page expired = Await.until("the link to expire", Duration.ofSeconds(15),
                () -> new WebSession(server.baseUrl()).get(approved.link()),
                page -> page.document().selectFirst("#kc-passwd-update-form") == null);

        assertTrue(expired.body().contains("expired"), expired.body());
        assertTrue(expired.body().contains("Provider Assistance Center"), expired.body());
        assertTrue(expired.document().selectFirst("#ta-help").text().contains("715-631-7412 or 855-931-4851"), "the page gives the numbers to call");
    }

    @Test
    void approvalForAnExistingVerifiedAccountAddsTheTinAndSendsANoticeInsteadOfALink(TinAccessServer server) {
        TinAccessApi reviewer = TinAccessApi.asNewReviewer(server);
        String email = RealmUsers.uniqueEmail("existing");
        RealmUsers.create(server, email, RealmUsers.PASSWORD);
        String tin = TestTins.next();
        String reference = RequestAccessPages.open(server).requestAdminAccess(RequestAccessPages.contact(email), List.of(tin));

        assertEquals(200, reviewer.approve(reviewer.findByReference(reference).get("id").asText(), tin).status());

        MimeMessage notice = server.inbox().awaitMessagesTo(email, 2).get(1);
        assertTrue(Mails.subject(notice).contains("Tax ID added"), Mails.subject(notice));
        assertNull(Mails.html(notice).selectFirst("a#activate-account"), "no activation link for an active account");
        assertEquals(1, server.realm().users().searchByEmail(email, true).size(), "the existing account is reused");
    }
}
