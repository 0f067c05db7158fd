package org.tinaccess.it.agency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.tinaccess.it.support.Concurrently;
import org.tinaccess.it.support.FactorHolders;
import org.tinaccess.it.support.IntegrationTest;
import org.tinaccess.it.support.Invitations;
import org.tinaccess.it.support.JoinPages;
import org.tinaccess.it.support.Mails;
import org.tinaccess.it.support.OnBothMinors;
import org.tinaccess.it.support.PortalClient;
import org.tinaccess.it.support.PortalUsers;
import org.tinaccess.it.support.Providers;
import org.tinaccess.it.support.RealmUsers;
import org.tinaccess.it.support.RequestAccessPages;
import org.tinaccess.it.support.TestNpns;
import org.tinaccess.it.support.TestTins;
import org.tinaccess.it.support.TinAccessApi;
import org.tinaccess.it.support.TinAccessServer;

/**
 * agents and agencies (agents are known by their National Producer Number and
 * "each agent has unique sign-in credentials"): an insurance agency registers like a provider with its
 * TIN and its NPN through the real request pages, a reviewer sees the NPN and approves, the admin
 * activates through the mail's link and adds agents, each with their own NPN; an agent's tokens carry
 * {@code npn} (their own) and the agency's TIN in {@code tins} (with the agency's NPN). One NPN, one
 * account: the database settles it, and the refusal names no account.
 */
@OnBothMinors
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AgencyJourneyIT {

    private TinAccessServer server;
    private TinAccessApi reviewer;
    private String agencyTin;
    private String agencyNpn;
    private PortalUsers.SignedIn admin;

    @BeforeAll
    void anAgencyRegisteredWithItsTinAndNpn(TinAccessServer server) {
        this.server = server;
        this.reviewer = TinAccessApi.asNewReviewer(server);
        String email = RealmUsers.uniqueEmail("agency-admin");
        this.agencyTin = TestTins.next();
        this.agencyNpn = TestNpns.next();
        Map<String, String> contact = RequestAccessPages.contact(email);
        contact.put("organization", "Northwoods Insurance Agency " + agencyNpn);
        contact.put("agency", "on");
        contact.put("agencyNpn", agencyNpn);
        RequestAccessPages pages = RequestAccessPages.open(server).enterContact(contact).addTin(agencyTin).nextToReview();
        Element shown = pages.page().document().selectFirst("#ta-review-agency-npn");
        assertNotNull(shown, "the review page shows the agency's NPN:\n" + pages.page().body());
        assertEquals(agencyNpn, shown.text());
        String reference = pages.submit().reference();

        String id = reviewer.findByReference(reference).get("id").asText();
        JsonNode request = reviewer.get("/" + id).body();
        assertEquals(agencyNpn, request.path("agencyNpn").asText(), "the reviewer sees the agency's NPN: " + request);
        assertFalse(request.path("billingService").asBoolean());
        TinAccessApi.Answer approved = reviewer.approve(id, agencyTin);
        assertEquals(200, approved.status(), approved.toString());
        assertEquals(List.of(agencyNpn), Providers.full(server, agencyTin).getAttributes().get("agencyNpn"),
                "the approval marks the provider Organization (alias: the TIN) as an agency");

        this.admin = PortalUsers.activateAndSignIn(server, email, server.inbox().awaitMessagesTo(email, 2).get(1));
    }

    private TinAccessApi agency() {
        return TinAccessApi.at(server, "/tins/" + agencyTin, admin.apiToken());
    }

    private List<String> npnAttribute(String userId) {
        Map<String, List<String>> attributes = server.realm().users().get(userId).toRepresentation().getAttributes();
        return attributes == null ? null : attributes.get("npn");
    }

    private static String agent(String email, String npn) {
        return "{\"email\":\"" + email + "\",\"firstName\":\"Avery\",\"lastName\":\"Agent\",\"entitlements\":[\"eligibility\"]"
                + (npn == null ? "" : ",\"npn\":\"" + npn + "\"") + "}";
    }

    @Test
    void aSecondAgencyGivingTheSameNpnIsNotApprovedWithIt() {
        assertAgencyRefused(agencyNpn, "Copycat Insurance Agency");
    }

    @Test
    void anAgentsOwnNpnIsNoAgencysAndAnAgencysNpnNoAgentsOwn() {
        String email = RealmUsers.uniqueEmail("agent-own");
        String agentNpn = TestNpns.next();
        assertEquals(201, agency().post("/members", agent(email, agentNpn)).status());
        String agentId = server.realm().users().searchByEmail(email, true).get(0).getId();
        assertEquals(List.of(agentNpn), npnAttribute(agentId));

        assertAgencyRefused(agentNpn, "Agency Borrowing An Agent's Number");

        String borrower = RealmUsers.uniqueEmail("agent-agency-number");
        TinAccessApi.Answer invited = agency().post("/members", agent(borrower, agencyNpn));
        assertEquals(201, invited.status(), "invited like anyone: " + invited);
        assertNull(npnAttribute(server.realm().users().searchByEmail(borrower, true).get(0).getId()),
                "but the agency's own NPN is given to no agent");
    }

    private void assertAgencyRefused(String npn, String organization) {
        String tin = TestTins.next();
        Map<String, String> contact = RequestAccessPages.contact(RealmUsers.uniqueEmail("copycat-agency"));
        contact.put("organization", organization);
        contact.put("agency", "on");
        contact.put("agencyNpn", npn);
        String reference = RequestAccessPages.open(server).enterContact(contact).addTin(tin).nextToReview().submit().reference();

        TinAccessApi.Answer refused = reviewer.approve(reviewer.findByReference(reference).get("id").asText(), tin);

        assertEquals(409, refused.status(), refused.toString());
        assertEquals("agency_npn_in_use", refused.body().path("error").asText());
        assertTrue(Providers.withTin(server, tin).isEmpty(), "nobody became the second agency's admin");
    }

    @Test
    void theAgencysTinIsInItsAdminsTokenLikeAProvidersWithTheAgencysNpn() {
        JsonNode entry = admin.claims().get("tins").get(agencyTin);
        assertNotNull(entry, admin.claims().toString());
        assertEquals("admin", entry.get("role").asText());
        assertEquals(agencyNpn, entry.get("npn").asText());
        assertNull(admin.claims().get("npn"), "the admin registered the agency; they were not added as an agent");
    }

    @Test
    void anAgentJoinsWithTheirOwnNpnAndSignsInWithItInTheirToken() {
        String email = RealmUsers.uniqueEmail("agent");
        String npn = TestNpns.next();
        TinAccessApi.Answer added = agency().post("/members", agent(email, "0" + npn));
        assertEquals(201, added.status(), added.toString());

        MimeMessage invitation = server.inbox().awaitMessageTo(email);
        // The plan's line for agents (realm-config), not the providers' one, under the invitation's signature.
        assertTrue(Mails.text(invitation).contains("833-951-3196"), Mails.text(invitation));
        assertFalse(Mails.text(invitation).contains("715-631-7412"), Mails.text(invitation));
        PortalUsers.SignedIn agent = PortalUsers.activateAndSignIn(server, email, invitation);

        JsonNode claims = agent.claims();
        assertEquals(npn, claims.path("npn").asText(), "the agent's own NPN, kept without leading zeros: " + claims);
        JsonNode entry = claims.get("tins").get(agencyTin);
        assertNotNull(entry, claims.toString());
        assertEquals("user", entry.get("role").asText());
        assertEquals(List.of("eligibility"), List.of(entry.get("entitlements").get(0).asText()));
        assertEquals(agencyNpn, entry.get("npn").asText());
        assertEquals(List.of(npn), npnAttribute(agent.userId()), "a managed user-profile attribute the admin console shows");

        // One NPN, one account. A second person given the agent's NPN is invited like anyone, so the admin
        // learns nothing of who holds it; the refusal goes to that person when they accept.
        String other = RealmUsers.uniqueEmail("agent-copy");
        TinAccessApi.Answer copy = agency().post("/members", agent(other, npn));
        assertEquals(201, copy.status(), copy.toString());
        assertEquals("invited", copy.body().path("status").asText());
        assertFalse(copy.toString().contains(email) || copy.toString().contains(agent.userId()), copy.toString());
        JsonNode copyListed = agency().get("/members?q=" + other).body().get("items").get(0);
        assertEquals("invited", copyListed.path("status").asText(), copyListed.toString());
        assertEquals(npn, copyListed.path("npn").asText(), "the admin sees the NPN they typed: " + copyListed);
        PortalUsers.SignedIn copySignedIn = PortalUsers.activateAndSignIn(server, other, server.inbox().awaitMessageTo(other));
        TinAccessApi copyTins = TinAccessApi.at(server, "/tins", copySignedIn.apiToken());
        List<String> waiting = Invitations.pending(copyTins);
        assertEquals(1, waiting.size(), "activated, the person finds the invitation waiting for them");
        TinAccessApi.Answer taken = copyTins.post("/invitations/" + waiting.get(0) + "/accept", null);
        assertEquals(409, taken.status(), taken.toString());
        assertEquals("npn_in_use", taken.body().get("error").asText());
        assertFalse(taken.toString().contains(email) || taken.toString().contains(agent.userId()), taken.toString());
        assertNull(PortalUsers.refreshedTins(server, copySignedIn).get(agencyTin), "refused: the agency is not in their token");
        assertNull(npnAttribute(copySignedIn.userId()), "nor the NPN on their account");
        assertEquals(204, copyTins.post("/invitations/" + waiting.get(0) + "/decline", null).status());
        assertEquals(List.of(npn), npnAttribute(agent.userId()), "the holder keeps it");

        // The agency admin manages the agent as a TIN admin manages users, and sees the agent's NPN.
        String member = "/members/" + agent.userId();
        assertEquals(npn, agency().get(member).body().path("npn").asText());
        JsonNode listed = agency().get("/members?q=" + email).body().get("items").get(0);
        assertEquals(npn, listed.path("npn").asText(), listed.toString());
        assertEquals(200, agency().put(member + "/entitlements", "[\"claims\",\"eligibility\"]").status());
        assertEquals(200, agency().post(member + "/suspend", null).status());
        assertNull(PortalUsers.refreshedTins(server, agent).get(agencyTin), "suspended: the agency's TIN leaves the token");
        assertEquals(200, agency().post(member + "/reinstate", null).status());
        JsonNode back = PortalUsers.refreshedTins(server, agent).get(agencyTin);
        assertEquals(2, back.get("entitlements").size(), back.toString());
        assertEquals(200, agency().post(member + "/reset-mfa", null).status());
        assertEquals(204, agency().delete(member).status());

        // Removed, the agent keeps their NPN: it names the person, not the agency, and nobody else may take it over.
        assertEquals(List.of(npn), npnAttribute(agent.userId()));
        String after = RealmUsers.uniqueEmail("agent-after");
        assertEquals(201, agency().post("/members", agent(after, npn)).status(), "invited like anyone");
        assertNull(npnAttribute(server.realm().users().searchByEmail(after, true).get(0).getId()), "but the NPN stays the agent's");
        TinAccessApi.Answer again = agency().post("/members", agent(email, npn));
        assertEquals(201, again.status(), "the same agent may be invited again with their NPN: " + again);
    }

    @Test
    void anAgentCannotChangeTheirOwnNpnThroughKeycloaksAccountApi() throws Exception {
        String email = RealmUsers.uniqueEmail("agent-self-service");
        String npn = TestNpns.next();
        assertEquals(201, agency().post("/members", agent(email, npn)).status());
        PortalUsers.SignedIn agent = PortalUsers.activateAndSignIn(server, email, server.inbox().awaitMessageTo(email));
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> mine = http.send(HttpRequest.newBuilder(URI.create(server.realmUrl() + "/account"))
                .header("Authorization", "Bearer " + agent.apiToken()).header("Accept", "application/json").GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, mine.statusCode(), mine.body());
        ObjectNode changed = (ObjectNode) new ObjectMapper().readTree(mine.body());
        ObjectNode attributes = changed.has("attributes") && changed.get("attributes").isObject()
                ? (ObjectNode) changed.get("attributes") : changed.putObject("attributes");
        attributes.putArray("npn").add(TestNpns.next());

        HttpResponse<String> update = http.send(HttpRequest.newBuilder(URI.create(server.realmUrl() + "/account"))
                .header("Authorization", "Bearer " + agent.apiToken()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(changed.toString())).build(), HttpResponse.BodyHandlers.ofString());

        assertTrue(update.statusCode() == 400 || update.statusCode() == 204, update.statusCode() + " " + update.body());
        assertEquals(List.of(npn), npnAttribute(agent.userId()), "the NPN is the agency's word, not the agent's: " + update.body());
    }

    @Test
    void aBadOrMissingNpnIsRefusedWithAClearError() {
        for (String bad : List.of("12345678901", "0000", "12-345", "NPN42")) {
            TinAccessApi.Answer refused = agency().post("/members", agent(RealmUsers.uniqueEmail("agent-bad"), bad));
            assertEquals(400, refused.status(), refused.toString());
            assertEquals("invalid_npn", refused.body().get("error").asText());
            assertTrue(refused.body().get("message").asText().contains("National Producer Number"), refused.toString());
        }
        TinAccessApi.Answer missing = agency().post("/members", agent(RealmUsers.uniqueEmail("agent-none"), null));
        assertEquals(400, missing.status(), missing.toString());
        assertEquals("npn_required", missing.body().get("error").asText());
    }

    @Test
    void theRequestPagesRefuseABadAgencyNpnAndAnAgencyThatSaysItIsABillingService() {
        Map<String, String> contact = RequestAccessPages.contact(RealmUsers.uniqueEmail("agency-bad"));
        contact.put("agency", "on");
        contact.put("agencyNpn", "12-34");
        RequestAccessPages pages = RequestAccessPages.open(server).enterContact(contact);
        Element error = pages.page().document().selectFirst("#input-error-agencyNpn");
        assertNotNull(error, pages.page().body());
        assertTrue(error.text().contains("1 to 10 digits"), error.text());

        contact.put("agencyNpn", TestNpns.next());
        contact.put("billingService", "on");
        Element both = pages.enterContact(contact).page().document().selectFirst("#input-error-agency");
        assertNotNull(both, pages.page().body());
        assertTrue(both.text().contains("not a billing service"), both.text());
        Element box = pages.page().document().selectFirst("input#agency");
        assertEquals("true", box.attr("aria-invalid"), "the refused box says so to a screen reader");
        assertTrue(box.attr("aria-describedby").contains("input-error-agency"), box.outerHtml());
        assertTrue(box.hasAttr("checked"), "and stays ticked: nothing typed is lost");
    }

    @Test
    void anExistingAccountTakesItsNpnWhenItsOwnerAccepts() {
        FactorHolders.Holder person = FactorHolders.create(server, FactorHolders.Factor.APP);
        String npn = TestNpns.next();
        assertEquals(201, agency().post("/members", agent(person.email(), npn)).status());
        assertNull(npnAttribute(person.userId()), "an account someone owns changes only when they accept");

        PortalUsers.SignedIn signedIn = PortalUsers.signIn(server, person.email(), RealmUsers.PASSWORD, person.totpSecret());
        Invitations.acceptAll(TinAccessApi.at(server, "/tins", signedIn.apiToken()));

        JsonNode claims = PortalClient.claims(PortalUsers.refresh(server, signedIn).getValue().get("access_token").asText());
        assertEquals(npn, claims.path("npn").asText(), claims.toString());
        assertNotNull(claims.get("tins").get(agencyTin), claims.toString());
        assertEquals(List.of(npn), npnAttribute(person.userId()));
    }

    @Test
    void aPersonAsksToJoinTheAgencyWithTheirNpnAndTheAdminApprovesThemAsAnAgent() {
        String email = RealmUsers.uniqueEmail("agent-join");
        String npn = TestNpns.next();
        Map<String, String> requester = JoinPages.requester(email);
        requester.put("npn", "12-34");
        JoinPages join = new JoinPages(server).searchByName("Northwoods Insurance Agency " + agencyNpn).submit(requester);
        assertTrue(join.fieldError("npn").contains("1 to 10 digits"), join.page().body());
        requester.put("npn", npn);
        join.submit(requester).reference();

        JsonNode asked = null;
        for (JsonNode item : agency().get("/join-requests").body().get("items")) {
            if (email.equals(item.get("email").asText())) {
                asked = item;
            }
        }
        assertNotNull(asked, "the agency's admin sees the request");
        assertEquals(npn, asked.get("npn").asText(), "with the NPN the person gave: " + asked);
        TinAccessApi.Answer approved = agency().post("/join-requests/" + asked.get("id").asText() + "/approve", "{\"entitlements\":[]}");
        assertEquals(200, approved.status(), approved.toString());

        PortalUsers.SignedIn agent = PortalUsers.activateAndSignIn(server, email, server.inbox().awaitMessagesTo(email, 2).get(1));
        assertEquals(npn, agent.claims().path("npn").asText(), agent.claims().toString());
        assertNotNull(agent.claims().get("tins").get(agencyTin));
    }

    @Test
    void aWithdrawnInvitationFreesAnNpnNobodyTook() {
        String npn = TestNpns.next();
        String email = RealmUsers.uniqueEmail("agent-typo");
        assertEquals(201, agency().post("/members", agent(email, npn)).status());
        String userId = server.realm().users().searchByEmail(email, true).get(0).getId();
        assertEquals(List.of(npn), npnAttribute(userId), "a new account whose NPN nobody held is given it at once");

        assertEquals(204, agency().delete("/members/" + userId).status());

        String right = RealmUsers.uniqueEmail("agent-right");
        TinAccessApi.Answer rightPerson = agency().post("/members", agent(right, npn));
        assertEquals(201, rightPerson.status(), rightPerson.toString());
        assertEquals(List.of(npn), npnAttribute(server.realm().users().searchByEmail(right, true).get(0).getId()),
                "the mistyped NPN was never taken, so it is free again");
    }

    @Test
    void tenConcurrentInvitationsWithOneNpnLeaveOneAccountHoldingIt() throws Exception {
        String npn = TestNpns.next();

        List<TinAccessApi.Answer> answers = Concurrently.repeat(10,
                () -> agency().post("/members", agent(RealmUsers.uniqueEmail("agent-race"), npn)));

        for (TinAccessApi.Answer answer : answers) {
            assertTrue(answer.status() == 201 || answer.status() == 409 && "changed_meanwhile".equals(answer.body().path("error").asText()),
                    "an invitation, or a try-again for a claim made at the same moment: " + answer);
        }
        assertEquals(1, server.realm().users().searchByAttributes("npn:" + npn).size(), "one account holds the NPN");
    }
}
