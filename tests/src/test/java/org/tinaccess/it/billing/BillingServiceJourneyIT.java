package org.tinaccess.it.billing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.StreamSupport;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.tinaccess.it.support.AdminEvents;
import org.tinaccess.it.support.Await;
import org.tinaccess.it.support.Concurrently;
import org.tinaccess.it.support.IntegrationTest;
import org.tinaccess.it.support.Mails;
import org.tinaccess.it.support.OnBothMinors;
import org.tinaccess.it.support.PortalSignIns;
import org.tinaccess.it.support.PortalUsers;
import org.tinaccess.it.support.Providers;
import org.tinaccess.it.support.RealmSettings;
import org.tinaccess.it.support.RealmUsers;
import org.tinaccess.it.support.TestNpis;
import org.tinaccess.it.support.TestTins;
import org.tinaccess.it.support.TinAccessApi;
import org.tinaccess.it.support.TinAccessServer;

/**
 * The plan's "third party or billing organization": a billing service registered under its own TIN
 * asks providers for access, one approves with entitlements and one never answers; the service's
 * user acts for the approved client (the {@code tins} claim says {@code via} the service) until the
 * provider revokes; a request unanswered for 30 days may be asked again, not before.
 */
@OnBothMinors
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BillingServiceJourneyIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();

    private TinAccessServer server;
    private TinAccessApi reviewer;
    private PortalUsers.TinAdmin service;
    private PortalUsers.SignedIn serviceUser;
    private PortalUsers.TinAdmin answering;
    private PortalUsers.TinAdmin silent;
    private String silentNpi;

    @BeforeAll
    void aBillingServiceWithAUserAndTwoProviders(TinAccessServer server) {
        this.server = server;
        this.reviewer = TinAccessApi.asNewReviewer(server);
        this.service = PortalUsers.newBillingService(server, reviewer);
        assertEquals("true", Providers.full(server, service.tin()).getAttributes().get("billingService").get(0),
                "the approval marks the service's Organization");
        String email = RealmUsers.uniqueEmail("billing-clerk");
        TinAccessApi.Answer added = tins(service).post("/" + service.tin() + "/members", member(email));
        assertEquals(201, added.status(), added.toString());
        this.serviceUser = PortalUsers.activateAndSignIn(server, email, server.inbox().awaitMessageTo(email));
        this.answering = PortalUsers.newTinAdmin(server, reviewer);
        this.silentNpi = TestNpis.next();
        this.silent = PortalUsers.newTinAdmin(server, reviewer, List.of(silentNpi));
    }

    private static String member(String email) {
        return "{\"email\":\"" + email + "\",\"firstName\":\"Billing\",\"lastName\":\"Clerk\",\"entitlements\":[]}";
    }

    private TinAccessApi tins(PortalUsers.TinAdmin admin) {
        return TinAccessApi.at(server, "/tins", admin.admin().apiToken());
    }

    private TinAccessApi serviceApi() {
        return TinAccessApi.at(server, "/billing-services/" + service.tin(), service.admin().apiToken());
    }

    private TinAccessApi clientApi(PortalUsers.TinAdmin client) {
        return TinAccessApi.at(server, "/tins/" + client.tin() + "/client-grants", client.admin().apiToken());
    }

    @Test
    void theServiceActsForAClientWithinTheGrantUntilTheProviderRevokesAndAsksAgainOnlyAfterThirtyDays() {
        TinAccessApi billing = serviceApi();
        int mailsToAnswering = server.inbox().messagesTo(answering.admin().email()).size();
        int mailsToSilent = server.inbox().messagesTo(silent.admin().email()).size();

        // Two providers, one by TIN, one by Type 2 NPI, and a TIN the plan does not know: the same answer for each.
        TinAccessApi.Answer toAnswering = billing.post("/client-grants", "{\"tin\":\"" + answering.tin() + "\"}");
        TinAccessApi.Answer toSilent = billing.post("/client-grants", "{\"npi\":\"" + silentNpi + "\"}");
        TinAccessApi.Answer toUnknown = billing.post("/client-grants", "{\"tin\":\"" + TestTins.next() + "\"}");
        for (TinAccessApi.Answer answer : List.of(toAnswering, toSilent, toUnknown)) {
            assertEquals(201, answer.status(), answer.toString());
            assertEquals("pending", answer.body().get("status").asText());
            assertFalse(answer.body().hasNonNull("clientName"), "a pending request never names the provider: " + answer);
            assertEquals(fields(toAnswering.body()), fields(answer.body()));
        }

        // The client's admin (never someone the service names) is asked by mail, with a link into the console.
        MimeMessage asked = server.inbox().awaitMessagesTo(answering.admin().email(), mailsToAnswering + 1).get(mailsToAnswering);
        Element link = Mails.html(asked).selectFirst("a#open-client-grants");
        assertNotNull(link, Mails.subject(asked));
        assertEquals(200, status(link.attr("href")), "the mail's link opens the account console");
        server.inbox().awaitMessagesTo(silent.admin().email(), mailsToSilent + 1);

        JsonNode pending = clientApi(answering).get("?status=pending").body();
        assertEquals(1, pending.get("total").asInt(), pending.toString());
        String grantId = pending.get("items").get(0).get("id").asText();
        assertEquals(toAnswering.body().get("id").asText(), grantId);
        assertEquals(403, TinAccessApi.at(server, "/tins/" + answering.tin() + "/client-grants", silent.admin().apiToken()).get("").status(),
                "another provider's admin cannot see the request");
        assertEquals(404, clientApi(silent).post("/" + grantId + "/approve", "{\"entitlements\":[]}").status(),
                "nor approve it through their own TIN");

        // Approved with two entitlements; the service's admin is told.
        int mailsToService = server.inbox().messagesTo(service.admin().email()).size();
        TinAccessApi.Answer approved = clientApi(answering).post("/" + grantId + "/approve", "{\"entitlements\":[\"claims\",\"eligibility\"]}");
        assertEquals(200, approved.status(), approved.toString());
        assertEquals("approved", approved.body().get("status").asText());
        assertEquals(409, clientApi(answering).post("/" + grantId + "/approve", "{\"entitlements\":[]}").status(), "decided once");
        MimeMessage told = server.inbox().awaitMessagesTo(service.admin().email(), mailsToService + 1).get(mailsToService);
        assertTrue(Mails.text(told).contains("approved"), Mails.text(told));

        // The service's admin gives the client to its user, within the grant only.
        String clients = "/members/" + serviceUser.userId() + "/clients";
        assertEquals(400, billing.put(clients, "{\"" + grantId + "\":[\"claims\",\"remittance\"]}").status(), "remittance was not granted");
        assertEquals(400, billing.put(clients, "{\"" + toSilent.body().get("id").asText() + "\":[]}").status(), "not approved");
        assertEquals(200, billing.put(clients, "{\"" + grantId + "\":[\"claims\"]}").status());

        JsonNode tins = PortalUsers.refreshedTins(server, serviceUser);
        JsonNode client = tins.get(answering.tin());
        assertNotNull(client, tins.toString());
        assertEquals(service.tin(), client.get("via").asText());
        assertEquals("user", client.get("role").asText());
        assertEquals(List.of("claims"), texts(client.get("entitlements")));
        assertNull(tins.get(silent.tin()), "the provider that never answered gives nothing");
        assertNull(tins.get(service.tin()).get("via"), "the service's own TIN is the user's own");

        // The provider revokes: the user's sign-in at the example portal ends at once, a portal without a
        // back-channel logout URL loses the client at its next refresh, and the service is told.
        PortalSignIns.Member atThePortal = PortalSignIns.signIn(server, serviceUser);
        // First the service's admin takes the client from the user, and gives it back: taking it ends the sign-in too.
        Instant unassigning = Instant.now();
        assertEquals(200, billing.put(clients, "{}").status());
        atThePortal.awaitSignedOut(unassigning, Duration.ofSeconds(2));
        assertEquals(200, billing.put(clients, "{\"" + grantId + "\":[\"claims\"]}").status());
        assertTrue(atThePortal.tinsAfterSigningInAgain().contains("claims"), "assigned again, the portal shows the client");
        Instant revoking = Instant.now();
        assertEquals(200, clientApi(answering).post("/" + grantId + "/revoke", null).status());
        atThePortal.awaitSignedOut(revoking, Duration.ofSeconds(2));
        assertNull(PortalUsers.refreshedTins(server, serviceUser).get(answering.tin()), "revoked at the next refresh");
        MimeMessage revoked = server.inbox().awaitMessagesTo(service.admin().email(), mailsToService + 2).get(mailsToService + 1);
        assertTrue(Mails.text(revoked).contains("removed your access"), Mails.text(revoked));

        // The service follows each request's status.
        JsonNode mine = billing.get("/client-grants?max=100").body();
        assertTrue(mine.get("total").asInt() >= 3, mine.toString());
        assertEquals("revoked", statusOf(mine, grantId));
        assertEquals("pending", statusOf(mine, toSilent.body().get("id").asText()));

        // Asking the silent provider again before 30 days is refused; web support may resend once.
        TinAccessApi.Answer tooSoon = billing.post("/client-grants", "{\"npi\":\"" + silentNpi + "\"}");
        assertEquals(409, tooSoon.status(), tooSoon.toString());
        assertEquals("already_requested", tooSoon.body().get("error").asText());
        TinAccessApi grants = TinAccessApi.at(server, "/client-grants", reviewer.token());
        assertEquals(200, grants.post("/" + toSilent.body().get("id").asText() + "/resend", null).status());
        assertEquals(409, grants.post("/" + toSilent.body().get("id").asText() + "/resend", null).status(), "resent once only");
        server.inbox().awaitMessagesTo(silent.admin().email(), mailsToSilent + 2);

        // After 30 days unanswered (the realm's lifespan shortened to move the clock) it expires and may be asked again.
        try (RealmSettings thirtyDaysLater = RealmSettings.temporarily(server, Map.of("tinAccess.clientGrantLifespan", "PT2S"))) {
            Await.until("the unanswered request to expire", Duration.ofSeconds(30),
                    () -> statusOf(billing.get("/client-grants?status=all&max=100").body(), toSilent.body().get("id").asText()), "expired"::equals);
            TinAccessApi.Answer again = billing.post("/client-grants", "{\"npi\":\"" + silentNpi + "\"}");
            assertEquals(201, again.status(), again.toString());
        }
        assertEquals(201, billing.post("/client-grants", "{\"tin\":\"" + answering.tin() + "\"}").status(), "a revoked client may be asked again");

        assertFalse(AdminEvents.query(server, "resourcePath=tin-access/tins/" + answering.tin() + "/client-grants/*").events().isEmpty(),
                "the client's decisions are admin events");
    }

    @Test
    void aProviderDeniesWithANoteTheServiceReadsInItsListAndItsMail() {
        PortalUsers.TinAdmin denying = PortalUsers.newTinAdmin(server, reviewer);
        TinAccessApi billing = serviceApi();
        String id = billing.post("/client-grants", "{\"tin\":\"" + denying.tin() + "\"}").body().get("id").asText();

        TinAccessApi.Answer denied = clientApi(denying).post("/" + id + "/deny", "{\"note\":\"We do our own billing.\"}");

        assertEquals(200, denied.status(), denied.toString());
        assertEquals("denied", denied.body().get("status").asText());
        assertEquals(409, clientApi(denying).post("/" + id + "/revoke", null).status(), "only an approved grant is revoked");
        JsonNode mine = billing.get("/client-grants?status=denied&max=100").body();
        assertEquals("denied", statusOf(mine, id));
        assertEquals("We do our own billing.", StreamSupport.stream(mine.get("items").spliterator(), false)
                .filter(item -> id.equals(item.get("id").asText())).findFirst().orElseThrow().get("note").asText());
        MimeMessage told = Await.until("the denial mail", Duration.ofSeconds(30),
                () -> server.inbox().messagesTo(service.admin().email()).stream()
                        .filter(mail -> Mails.subject(mail).contains(denying.tin()) && Mails.subject(mail).contains("denied")).findFirst(),
                Optional::isPresent).orElseThrow();
        assertTrue(Mails.text(told).contains("We do our own billing."), Mails.text(told));
    }

    @Test
    void aUserTheAdminLetsRequestClientsAsksAndFollowsButNeitherAssignsNorKeepsThePowerOnceWithdrawn() {
        PortalUsers.TinAdmin client = PortalUsers.newTinAdmin(server, reviewer);
        TinAccessApi clerk = TinAccessApi.at(server, "/billing-services/" + service.tin(), serviceUser.apiToken());
        String permission = "/members/" + serviceUser.userId() + "/client-requests";
        assertEquals(403, clerk.get("/client-grants").status(), "a user of the service does not request clients by default");
        assertEquals(403, clerk.post("/client-grants", "{\"tin\":\"" + client.tin() + "\"}").status());

        TinAccessApi.Answer allowed = serviceApi().put(permission, "{\"allowed\":true}");
        assertEquals(200, allowed.status(), allowed.toString());
        assertTrue(serviceApi().get(permission).body().get("allowed").asBoolean());
        try {
            TinAccessApi.Answer asked = clerk.post("/client-grants", "{\"tin\":\"" + client.tin() + "\"}");
            assertEquals(201, asked.status(), asked.toString());
            String id = asked.body().get("id").asText();
            assertEquals("pending", statusOf(clerk.get("/client-grants?max=100").body(), id), "the user follows the service's requests");
            assertEquals(1, clientApi(client).get("?status=pending").body().get("total").asInt(), "the client's admin is asked as usual");
            assertEquals(403, clerk.put("/members/" + serviceUser.userId() + "/clients", "{}").status(), "assigning clients stays the admin's");
            assertEquals(403, clerk.get(permission).status());
            assertEquals(403, clerk.put(permission, "{\"allowed\":true}").status(), "nor may the user hand the power on");

            // Web support sees the unanswered request, both sides named, to resend it.
            JsonNode item = pendingForWebSupport(id);
            assertEquals(service.tin(), item.get("service").asText());
            assertEquals(Providers.ofTin(server, service.tin()).getName(), item.get("serviceName").asText());
            assertEquals(client.tin(), item.get("client").asText());
            assertEquals(403, TinAccessApi.at(server, "/client-grants", client.admin().apiToken()).get("").status(),
                    "only reviewers list every service's requests");

            // The provider answers: the user who asked is told, as the service's admin is.
            int mailsToClerk = server.inbox().messagesTo(serviceUser.email()).size();
            assertEquals(200, clientApi(client).post("/" + id + "/deny", "{\"note\":\"Not now.\"}").status());
            MimeMessage told = server.inbox().awaitMessagesTo(serviceUser.email(), mailsToClerk + 1).get(mailsToClerk);
            assertTrue(Mails.text(told).contains("Not now."), "the user who asked is told the answer too: " + Mails.text(told));
        } finally {
            assertEquals(200, serviceApi().put(permission, "{\"allowed\":false}").status());
        }
        assertEquals(403, clerk.get("/client-grants").status(), "withdrawn at once, without a new token");
        assertFalse(AdminEvents.query(server, "resourcePath=tin-access/billing-services/" + service.tin() + "/members/*").events().isEmpty(),
                "who may request clients is an admin event");
    }

    @Test
    void aUserRemovedFromTheServiceLosesTheClientsAndComesBackWithNone() {
        PortalUsers.TinAdmin client = PortalUsers.newTinAdmin(server, reviewer);
        TinAccessApi billing = serviceApi();
        String grantId = billing.post("/client-grants", "{\"tin\":\"" + client.tin() + "\"}").body().get("id").asText();
        assertEquals(200, clientApi(client).post("/" + grantId + "/approve", "{\"entitlements\":[\"claims\"]}").status());
        String email = RealmUsers.uniqueEmail("billing-leaver");
        assertEquals(201, tins(service).post("/" + service.tin() + "/members", member(email)).status());
        PortalUsers.SignedIn leaver = PortalUsers.activateAndSignIn(server, email, server.inbox().awaitMessageTo(email));
        String clients = "/members/" + leaver.userId() + "/clients";
        assertEquals(200, billing.put(clients, "{\"" + grantId + "\":[\"claims\"]}").status());
        assertNotNull(PortalUsers.refreshedTins(server, leaver).get(client.tin()), "the client is in the token while the user is the service's");

        assertEquals(204, tins(service).delete("/" + service.tin() + "/members/" + leaver.userId()).status());
        assertEquals(404, billing.get(clients).status(), "no longer the service's user");
        assertEquals(201, tins(service).post("/" + service.tin() + "/members", member(email)).status(), "invited back");

        JsonNode after = billing.get(clients).body();
        assertEquals(0, after.size(), "nothing assigned before the removal comes back: " + after);
    }

    @Test
    void tenConcurrentRequestsForOneClientLeaveExactlyOneOpen() throws Exception {
        String client = "{\"tin\":\"" + TestTins.next() + "\"}";
        TinAccessApi billing = serviceApi();

        List<Integer> statuses = Concurrently.repeat(10, () -> billing.post("/client-grants", client).status());

        assertEquals(1, statuses.stream().filter(status -> status == 201).count(), statuses.toString());
        assertEquals(9, statuses.stream().filter(status -> status == 409).count(), statuses.toString());
    }

    @Test
    void aProviderCannotAddABillingServicesStaffUnderItsOwnTinYetLearnsNothingAboutTheirAccount() {
        TinAccessApi.Answer invited = tins(answering).post("/" + answering.tin() + "/members", member(serviceUser.email()));
        assertEquals(201, invited.status(), "answered like any invitation: " + invited);

        String providerId = Providers.ofTin(server, answering.tin()).getId();
        TinAccessApi.Answer refused = TinAccessApi.at(server, "/tins", serviceUser.apiToken()).post("/invitations/" + providerId + "/accept", null);

        assertEquals(409, refused.status(), refused.toString());
        assertEquals("billing_service_staff", refused.body().get("error").asText());
        assertTrue(refused.body().get("message").asText().contains("billing service"), refused.toString());
        assertEquals("invited", tins(answering).get("/" + answering.tin() + "/members/" + invited.body().get("id").asText()).body()
                .get("status").asText(), "never a user of the provider");
    }

    /** The reviewers' list is oldest first: page through it to the grant. */
    private JsonNode pendingForWebSupport(String id) {
        TinAccessApi grants = TinAccessApi.at(server, "/client-grants", reviewer.token());
        for (int first = 0;; first += 100) {
            JsonNode page = grants.get("?max=100&first=" + first).body();
            for (JsonNode item : page.get("items")) {
                if (id.equals(item.get("id").asText())) {
                    return item;
                }
            }
            if (first + 100 >= page.get("total").asInt()) {
                throw new AssertionError("No pending grant " + id + " for web support; last page " + page);
            }
        }
    }

    private static List<String> fields(JsonNode body) {
        List<String> names = new ArrayList<>();
        body.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static List<String> texts(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asText()));
        return values;
    }

    private static String statusOf(JsonNode page, String id) {
        for (JsonNode item : page.get("items")) {
            if (id.equals(item.get("id").asText())) {
                return item.get("status").asText();
            }
        }
        throw new AssertionError("No grant " + id + " in " + page);
    }

    private static int status(String url) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
