package org.tinaccess.it.join;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.keycloak.representations.idm.OrganizationRepresentation;
import org.keycloak.representations.idm.RealmRepresentation;
import org.tinaccess.it.support.AdminEvents;
import org.tinaccess.it.support.Await;
import org.tinaccess.it.support.IntegrationTest;
import org.tinaccess.it.support.JoinPages;
import org.tinaccess.it.support.Mails;
import org.tinaccess.it.support.OnBothMinors;
import org.tinaccess.it.support.PortalUsers;
import org.tinaccess.it.support.Providers;
import org.tinaccess.it.support.RealmUsers;
import org.tinaccess.it.support.RequestAccessPages;
import org.tinaccess.it.support.TestTins;
import org.tinaccess.it.support.TinAccessApi;
import org.tinaccess.it.support.TinAccessServer;
import org.tinaccess.it.support.WebSession;

/** A person asks to join a registered provider; its admin decides within 5 days, or the request is denied. */
@OnBothMinors
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JoinRequestsIT {

    private TinAccessServer server;
    private TinAccessApi reviewer;
    private String providerName;
    private PortalUsers.TinAdmin provider;
    private TinAccessApi admin;

    @BeforeAll
    void aRegisteredProvider(TinAccessServer server) {
        this.server = server;
        this.reviewer = TinAccessApi.asNewReviewer(server);
        this.providerName = "Lakeside Family Practice " + UUID.randomUUID().toString().substring(0, 6);
        this.provider = registeredProvider(providerName);
        this.admin = TinAccessApi.at(server, "/tins/" + provider.tin(), provider.admin().apiToken());
    }

    private PortalUsers.TinAdmin registeredProvider(String organization) {
        String email = RealmUsers.uniqueEmail("provider-admin");
        String tin = TestTins.next();
        Map<String, String> contact = RequestAccessPages.contact(email);
        contact.put("organization", organization);
        String reference = RequestAccessPages.open(server).requestAdminAccess(contact, List.of(tin));
        assertEquals(200, reviewer.approve(reviewer.findByReference(reference).get("id").asText(), tin).status());
        return new PortalUsers.TinAdmin(tin, PortalUsers.activateAndSignIn(server, email, server.inbox().awaitMessagesTo(email, 2).get(1)));
    }

    @Test
    void searchShowsRegisteredProvidersOnlyByNameOrNpiWithTheTinMasked() {
        List<String> byName = new JoinPages(server).searchByName(providerName).providerNames();
        assertEquals(1, byName.size(), byName.toString());
        assertTrue(byName.get(0).contains("**-***" + provider.tin().substring(5)));
        assertTrue(!byName.get(0).contains(provider.tin()), "the TIN is masked");

        OrganizationRepresentation organization = Providers.ofTin(server, provider.tin());
        organization.setAttributes(Map.of("npi", List.of("1245319599")));
        server.realm().organizations().get(organization.getId()).update(organization).close();
        assertEquals(byName, new JoinPages(server).searchByNpi("1245319599").providerNames());
        assertTrue(new JoinPages(server).searchByNpi("1234567893").providerNames().isEmpty());
        assertTrue(new JoinPages(server).searchByNpi("1234567890").fieldError("npi").contains("check digit"));
        assertTrue(new JoinPages(server).searchByName("La").fieldError("name").contains("at least 3"));

        // A provider Organization without an admin is not registered: the search never shows it.
        OrganizationRepresentation unregistered = new OrganizationRepresentation();
        unregistered.setName("Unregistered Clinic " + UUID.randomUUID().toString().substring(0, 6));
        unregistered.setAlias(TestTins.next());
        server.realm().organizations().create(unregistered).close();
        JoinPages search = new JoinPages(server).searchByName(unregistered.getName());
        assertTrue(search.providerNames().isEmpty());
        assertTrue(search.page().body().contains("No registered provider matches"));
    }

    @Test
    void requesterAsksToJoinTheAdminIsToldAndApprovesWithEntitlements() {
        String email = RealmUsers.uniqueEmail("joiner");
        String reference = new JoinPages(server).searchByName(providerName).submit(JoinPages.requester(email)).reference();

        MimeMessage toAdmin = server.inbox().awaitMessagesTo(provider.admin().email(), 3).stream()
                .filter(mail -> Mails.subject(mail).contains(reference)).findFirst().orElseThrow();
        assertTrue(Mails.text(toAdmin).contains("I file the clinic's claims."), Mails.text(toAdmin));
        assertTrue(Mails.text(toAdmin).contains("Program: Medicaid and Medicare (WI)"), Mails.text(toAdmin));

        JsonNode pending = find(admin.get("/join-requests").body(), reference);
        assertEquals("pending", pending.get("status").asText());
        assertEquals("Billing Specialist", pending.get("title").asText());
        assertEquals("12", pending.get("phoneExt").asText());
        assertEquals("both", pending.get("program").asText());
        assertEquals("WI", pending.get("state").asText());
        assertTrue(pending.get("deadline").asLong() > pending.get("receivedAt").asLong());

        TinAccessApi.Answer approved = admin.post("/join-requests/" + pending.get("id").asText() + "/approve", "{\"entitlements\":[\"claims\"]}");
        assertEquals(200, approved.status(), approved.toString());
        assertEquals("approved", approved.body().get("status").asText());
        assertEquals(409, admin.post("/join-requests/" + pending.get("id").asText() + "/deny", "{}").status(), "decided once");

        // The first mail acknowledged the request; the second is the invitation.
        PortalUsers.SignedIn joined = PortalUsers.activateAndSignIn(server, email, server.inbox().awaitMessagesTo(email, 2).get(1));
        JsonNode tins = joined.claims().get("tins");
        assertEquals("user", tins.get(provider.tin()).get("role").asText());
        assertEquals("claims", tins.get(provider.tin()).get("entitlements").get(0).asText());
    }

    @Test
    void askingAgainWhileARequestWaitsReadsLikeTheFirstAnswerAndStoresNothingNew() {
        String email = RealmUsers.uniqueEmail("twice");
        JoinPages first = new JoinPages(server).searchByName(providerName).submit(JoinPages.requester(email));
        int pendingBefore = admin.get("/join-requests").body().get("total").asInt();

        JoinPages again = new JoinPages(server).searchByName(providerName).submit(JoinPages.requester(email));

        assertEquals(first.page().status(), again.page().status());
        assertEquals(first.reference(), again.reference(), "the same page, the waiting request's reference: nothing tells a new request from one that waits");
        assertNotNull(first.page().document().selectFirst("#ta-join-sent a#ta-join-sent-back[href]"), "the page leads on, back to the portal");
        assertEquals(pendingBefore, admin.get("/join-requests").body().get("total").asInt(), "no second request for the admin");
        MimeMessage acknowledgement = server.inbox().awaitMessageTo(email);
        assertTrue(Mails.subject(acknowledgement).contains(first.reference()), Mails.subject(acknowledgement));
        assertTrue(Mails.text(acknowledgement).contains(providerName) && Mails.text(acknowledgement).contains("If you did not ask for this"),
                Mails.text(acknowledgement));
        assertEquals(1, server.inbox().messagesTo(email).size(), "acknowledged once: asking again while it waits mails nothing");
    }

    @Test
    void adminDeniesWithANoteTheRequesterIsToldAndMayAskAgain() {
        String email = RealmUsers.uniqueEmail("denied-joiner");
        String reference = new JoinPages(server).searchByName(providerName).submit(JoinPages.requester(email)).reference();
        String id = find(admin.get("/join-requests").body(), reference).get("id").asText();

        assertEquals("denied", admin.post("/join-requests/" + id + "/deny", "{\"note\":\"Please ask your office manager.\"}")
                .body().get("status").asText());

        MimeMessage denial = server.inbox().awaitMessagesTo(email, 2).get(1);
        assertTrue(Mails.text(denial).contains("Please ask your office manager."), Mails.text(denial));
        new JoinPages(server).searchByName(providerName).submit(JoinPages.requester(email)).reference();
    }

    @Test
    void theAdminsDecisionIsFoundAsAnOrganizationMembershipEvent() {
        String reference = new JoinPages(server).searchByName(providerName).submit(JoinPages.requester(RealmUsers.uniqueEmail("audited-joiner")))
                .reference();
        String id = find(admin.get("/join-requests").body(), reference).get("id").asText();
        assertEquals(200, admin.post("/join-requests/" + id + "/deny", "{}").status());

        AdminEvents.Found found = AdminEvents.query(server,
                "resourceTypes=ORGANIZATION_MEMBERSHIP&resourcePath=tin-access/tins/" + provider.tin() + "/join-requests/" + id);
        assertEquals(200, found.status(), found.body());
        assertEquals(1, found.events().size(), found.body());
        assertEquals("TIN_ACCESS_JOIN_REQUEST", found.events().get(0).getDetails().get("tinAccessKind"));
        assertEquals("denied", found.events().get(0).getDetails().get("decision"));
    }

    @Test
    void badInputIsRefusedFieldByFieldAndKept() {
        String email = RealmUsers.uniqueEmail("typo");
        Map<String, String> values = JoinPages.requester(email);
        values.put("confirmEmail", "other@provider.test");
        values.put("reason", "x".repeat(501));
        values.put("title", "");
        values.put("program", "medicaid");
        values.put("state", "");

        JoinPages pages = new JoinPages(server).searchByName(providerName).submit(values);

        assertTrue(pages.fieldError("state").contains("state of your Medicaid"), "Medicaid needs its state");
        assertEquals("medicaid", pages.page().document().selectFirst("input[name=program][checked]").val(), "the program chosen is kept");
        assertTrue(pages.fieldError("confirmEmail").contains("differ"));
        assertTrue(pages.fieldError("reason").contains("500"));
        assertTrue(pages.fieldError("title").contains("fill in"));
        assertEquals("Pat", pages.page().document().selectFirst("input[name=firstName]").val());
        assertEquals(0, admin.get("/join-requests?status=all").body().get("items").findValuesAsText("email").stream()
                .filter(email::equals).count());
    }

    @Test
    void resetStartsTheFormAfreshAndBackLeadsToTheSignIn() {
        JoinPages pages = new JoinPages(server).searchByName(providerName);

        String reset = pages.page().document().selectFirst("a#ta-join-reset").attr("href");
        String back = pages.page().document().selectFirst("a#ta-join-back").attr("href");

        assertTrue(reset.endsWith("/tin-access/join"), "Reset opens the empty page: " + reset);
        assertTrue(back.startsWith(server.portalUrl()), "Back goes to the portal's sign-in: " + back);
    }

    @Test
    void aFormPostedFromAnotherSiteIsRefused() {
        String email = RealmUsers.uniqueEmail("forged-joiner");
        JoinPages pages = new JoinPages(server).searchByName(providerName);

        WebSession.Page forged = pages.forgedSubmit(JoinPages.requester(email));

        assertEquals(400, forged.status());
        assertTrue(forged.body().contains("This form has expired"));
        assertTrue(admin.get("/join-requests?status=all").body().get("items").findValuesAsText("email").stream().noneMatch(email::equals));
    }

    @Test
    void onlyTheTinsAdminSeesAndDecidesItsJoinRequests() {
        PortalUsers.TinAdmin other = registeredProvider("Other Clinic " + UUID.randomUUID().toString().substring(0, 6));
        TinAccessApi otherOnThisTin = TinAccessApi.at(server, "/tins/" + provider.tin(), other.admin().apiToken());

        assertEquals(403, otherOnThisTin.get("/join-requests").status());
        assertEquals(403, otherOnThisTin.post("/join-requests/anything/approve", "{}").status());
        assertEquals(401, TinAccessApi.at(server, "/tins/" + provider.tin(), null).get("/join-requests").status());
        assertEquals(404, admin.post("/join-requests/no-such-request/deny", "{}").status());
    }

    @Test
    void anUndecidedRequestIsDeniedAutomaticallyOnceAndBothSidesAreTold() {
        RealmRepresentation realm = server.realm().toRepresentation();
        realm.getAttributes().put("tinAccess.joinRequestDeadline", "PT1S");
        server.realm().update(realm);
        try {
            String email = RealmUsers.uniqueEmail("patient-joiner");
            String first = new JoinPages(server).searchByName(providerName).submit(JoinPages.requester(email)).reference();
            awaitExpired(first);

            // The same person may ask again; waiting for that one to expire too proves the job ran on.
            String second = new JoinPages(server).searchByName(providerName).submit(JoinPages.requester(email)).reference();
            awaitExpired(second);

            // Each request was acknowledged, then denied for want of a decision.
            List<MimeMessage> expiries = server.inbox().awaitMessagesTo(email, 4).stream()
                    .filter(mail -> Mails.subject(mail).contains("expired")).toList();
            assertEquals(1, expiries.stream().filter(mail -> Mails.subject(mail).contains(first)).count(), "one expiry mail per request");
            assertTrue(Mails.text(expiries.get(0)).contains("denied automatically"));
            long toAdmin = server.inbox().messagesTo(provider.admin().email()).stream()
                    .filter(mail -> Mails.subject(mail).contains(first) && Mails.subject(mail).contains("expired")).count();
            assertEquals(1, toAdmin, "the admin is told once");
        } finally {
            realm.getAttributes().remove("tinAccess.joinRequestDeadline");
            server.realm().update(realm);
        }
    }

    private void awaitExpired(String reference) {
        Await.until("join request " + reference + " to expire", Duration.ofSeconds(30),
                () -> find(admin.get("/join-requests?status=all").body(), reference).get("status").asText(),
                "expired"::equals);
    }

    private static JsonNode find(JsonNode page, String reference) {
        for (JsonNode item : page.get("items")) {
            if (reference.equals(item.get("reference").asText())) {
                return item;
            }
        }
        throw new AssertionError("No join request " + reference + " in " + page);
    }
}
