package org.tinaccess.it.join;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.keycloak.representations.idm.EventRepresentation;
import org.tinaccess.it.support.IntegrationTest;
import org.tinaccess.it.support.JoinPages;
import org.tinaccess.it.support.PortalUsers;
import org.tinaccess.it.support.RealmSettings;
import org.tinaccess.it.support.RealmUsers;
import org.tinaccess.it.support.RequestAccessPages;
import org.tinaccess.it.support.TestTins;
import org.tinaccess.it.support.TinAccessApi;
import org.tinaccess.it.support.TinAccessServer;
import org.tinaccess.it.support.WebSession;
import org.tinaccess.settings.FormLimits;

/**
 * The anonymous forms cannot be used to flood: per client address, per e-mail and per TIN, with
 * 429 and a retry hint, each refusal an event; a cap on undecided requests per e-mail and per TIN;
 * and a reviewer clears one sender's spam at once, so it stops blocking the real request behind it.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PublicFormLimitsIT {

    private TinAccessServer server;
    private TinAccessApi reviewer;
    private String providerName;

    @BeforeAll
    void aRegisteredProvider(TinAccessServer server) {
        this.server = server;
        this.reviewer = TinAccessApi.asNewReviewer(server);
        this.providerName = "Flood Test Clinic " + UUID.randomUUID().toString().substring(0, 6);
        String email = RealmUsers.uniqueEmail("flood-admin");
        String tin = TestTins.next();
        Map<String, String> contact = RequestAccessPages.contact(email);
        contact.put("organization", providerName);
        String reference = RequestAccessPages.open(server).requestAdminAccess(contact, List.of(tin));
        assertEquals(200, reviewer.approve(reviewer.findByReference(reference).get("id").asText(), tin).status());
    }

    private WebSession.Page join(String email) {
        return new JoinPages(server).searchByName(providerName).submit(JoinPages.requester(email)).page();
    }

    @Test
    void theJoinPageRefusesAFloodFromOneAddressWith429AndARetryHint() {
        try (RealmSettings limits = RealmSettings.temporarily(server, Map.of(FormLimits.PER_ADDRESS_PER_HOUR, "2"))) {
            join(RealmUsers.uniqueEmail("first"));
            join(RealmUsers.uniqueEmail("second"));
            String third = RealmUsers.uniqueEmail("third");

            WebSession.Page refused = join(third);

            assertEquals(429, refused.status());
            assertTrue(refused.body().contains("too many requests"), refused.body());
            assertTrue(refused.document().selectFirst("#ta-join-request") != null, "the form comes back to try later");
            assertRefusalEvent(third, "address_limit");
        }
    }

    @Test
    void oneEMailSendsOnlySoManyRequestsADay() {
        String email = RealmUsers.uniqueEmail("eager");
        try (RealmSettings limits = RealmSettings.temporarily(server, Map.of(FormLimits.PER_EMAIL_PER_DAY, "1"))) {
            RequestAccessPages.open(server).requestAdminAccess(RequestAccessPages.contact(email), List.of(TestTins.next()));
            RequestAccessPages again = RequestAccessPages.open(server).enterContact(RequestAccessPages.contact(email)).addTin(TestTins.next())
                    .nextToReview().submit();

            assertEquals(429, again.page().status(), again.page().body());
            assertTrue(again.page().body().contains("too many requests"));
            // The review step stays, with everything typed and when to send again.
            assertNotNull(again.page().document().selectFirst("#ta-review"), "still the review step: " + again.page().body());
            assertTrue(again.page().document().text().matches(".*send it again in about \\d+ (minutes|hours).*"), again.page().document().text());
            assertEquals(1, server.inbox().messagesTo(email).size(), "one acknowledgement, no more");
            assertRefusalEvent(email, "email_limit");
        }
    }

    @Test
    void aTinTakesOnlySoManyUndecidedRequests() {
        String tin = TestTins.next();
        try (RealmSettings limits = RealmSettings.temporarily(server, Map.of(FormLimits.OPEN_PER_TIN, "2"))) {
            for (int i = 0; i < 2; i++) {
                RequestAccessPages.open(server).requestAdminAccess(RequestAccessPages.contact(RealmUsers.uniqueEmail("queued")), List.of(tin));
            }
            String late = RealmUsers.uniqueEmail("late");
            RequestAccessPages third = RequestAccessPages.open(server).enterContact(RequestAccessPages.contact(late)).addTin(tin).nextToReview().submit();

            assertEquals(429, third.page().status(), third.page().body());
            assertTrue(third.page().body().contains("already waiting for a decision"));
            assertRefusalEvent(late, "open_per_tin");
        }
    }

    @Test
    void aReviewerDeniesOneSendersSpamAtOnceAndTheRealRequestBehindItCanBeApproved() {
        String tin = TestTins.next();
        String spammer = RealmUsers.uniqueEmail("spammer");
        String spam = RequestAccessPages.open(server).requestAdminAccess(RequestAccessPages.contact(spammer), List.of(tin, TestTins.next()));
        RequestAccessPages.open(server).requestAdminAccess(RequestAccessPages.contact(spammer), List.of(TestTins.next()));
        String realEmail = RealmUsers.uniqueEmail("real-admin");
        String real = RequestAccessPages.open(server).requestAdminAccess(RequestAccessPages.contact(realEmail), List.of(tin));
        String realId = reviewer.findByReference(real).get("id").asText();
        assertEquals("not_first_in_line", reviewer.approve(realId, tin).body().path("error").asText());
        int spammerMails = server.inbox().messagesTo(spammer).size();

        TinAccessApi.Answer cleared = reviewer.post("/" + reviewer.findByReference(spam).get("id").asText() + "/deny-sender",
                "{\"note\":\"Unsolicited\"}");

        assertEquals(200, cleared.status(), cleared.toString());
        assertEquals(3, cleared.body().get("denied").asInt(), "every pending TIN of both of the sender's requests");
        assertEquals(0, reviewer.get("?status=pending&q=" + spammer).body().get("total").asInt());
        assertEquals(200, reviewer.approve(realId, tin).status(), "the real request is first in line now");
        assertEquals(spammerMails, server.inbox().messagesTo(spammer).size(), "nobody is mailed about spam");
        PortalUsers.activateAndSignIn(server, realEmail, server.inbox().awaitMessagesTo(realEmail, 2).get(1));
    }

    private void assertRefusalEvent(String email, String reason) {
        List<EventRepresentation> events = server.realm().getEvents(List.of("REGISTER_ERROR"), null, null, null, null, null, 0, 500);
        assertTrue(events.stream().anyMatch(event -> "form_limit".equals(event.getError()) && event.getDetails() != null
                && reason.equals(event.getDetails().get("reason")) && email.equals(event.getDetails().get("email"))),
                "a REGISTER_ERROR event form_limit/" + reason + " for " + email);
    }
}
