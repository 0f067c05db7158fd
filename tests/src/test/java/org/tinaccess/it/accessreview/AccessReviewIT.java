package org.tinaccess.it.accessreview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.keycloak.representations.idm.AdminEventRepresentation;
import org.tinaccess.it.support.AdminEvents;
import org.tinaccess.it.support.Await;
import org.tinaccess.it.support.BackupAdminSetup;
import org.tinaccess.it.support.IntegrationTest;
import org.tinaccess.it.support.Mails;
import org.tinaccess.it.support.PortalTime;
import org.tinaccess.it.support.PortalUsers;
import org.tinaccess.it.support.Providers;
import org.tinaccess.it.support.RealmSettings;
import org.tinaccess.it.support.TinAccessApi;
import org.tinaccess.it.support.TinAccessServer;

/**
 * An access review from start to evidence: the plan starts one for a TIN, its admin is mailed and
 * confirms one person and removes another; a month later (the server's clock moved, never a sleep)
 * the person nobody confirmed is suspended on that TIN only, the billing service nobody confirmed
 * loses its grant, the admin is told, the portal's token
 * loses the TIN at the next refresh and the admin can give it back; backup admins review the users but
 * neither themselves nor each other; the plan downloads who decided
 * what, when, as JSON and CSV, and every decision is an admin event.
 */
@IntegrationTest
class AccessReviewIT {

    @Test
    void aReviewStartsIsDecidedAndWhatNobodyConfirmedIsSuspendedOnTheTinAtTheDeadline(TinAccessServer server) {
        TinAccessApi reviewer = TinAccessApi.asNewReviewer(server);
        PortalUsers.TinAdmin provider = PortalUsers.newTinAdmin(server, reviewer);
        String adminToken = provider.admin().apiToken();
        PortalUsers.SignedIn kept = BackupAdminSetup.member(server, adminToken, provider.tin(), "Kept");
        PortalUsers.SignedIn left = BackupAdminSetup.member(server, adminToken, provider.tin(), "Left");
        PortalUsers.SignedIn forgotten = BackupAdminSetup.member(server, adminToken, provider.tin(), "Forgotten");
        // Two backup admins: each reviews the users, never themselves nor each other.
        BackupAdminSetup.makeBackupAdmin(server, adminToken, provider.tin(), kept);
        BackupAdminSetup.makeBackupAdmin(server, adminToken, provider.tin(), left);
        // A billing service the provider let act for it.
        PortalUsers.TinAdmin service = PortalUsers.newTinAdmin(server, reviewer);
        Providers.markBillingService(server, service.tin());
        String grantId = TinAccessApi.at(server, "/billing-services/" + service.tin(), service.admin().apiToken())
                .post("/client-grants", "{\"tin\":\"" + provider.tin() + "\"}").body().get("id").asText();
        assertEquals(200, TinAccessApi.at(server, "/tins/" + provider.tin() + "/client-grants", adminToken)
                .post("/" + grantId + "/approve", "{\"entitlements\":[\"claims\"]}").status());
        TinAccessApi plan = TinAccessApi.at(server, "/access-reviews", reviewer.token());
        TinAccessApi admin = TinAccessApi.at(server, "/tins/" + provider.tin() + "/access-review", adminToken);

        TinAccessApi.Answer started = plan.post("", "{\"tin\":\"" + provider.tin() + "\"}");

        assertEquals(201, started.status(), started.toString());
        assertEquals(4, started.body().get("items").size(), "everyone but the admin, and the billing service: " + started.body());
        assertEquals("billing-service", started.body().get("items").findValues("role").stream().map(JsonNode::asText)
                .filter("billing-service"::equals).findFirst().orElse(""), started.body().toString());
        assertEquals(409, plan.post("", "{\"tin\":\"" + provider.tin() + "\"}").status(), "one open review per TIN");
        assertTrue(Mails.text(server.inbox().awaitMessageTo(provider.admin().email(), "Review who has access")).contains("4 people"));
        JsonNode mine = TinAccessApi.at(server, "/tins/access-reviews", adminToken).get("").body().get("items");
        assertEquals(1, mine.size(), mine.toString());
        assertEquals(4, mine.get(0).get("undecided").asInt());
        assertEquals(0, TinAccessApi.at(server, "/tins/access-reviews", forgotten.apiToken()).get("").body().get("items").size(),
                "a user reviews nobody");
        assertEquals(403, TinAccessApi.at(server, "/tins/" + provider.tin() + "/access-review", forgotten.apiToken()).get("").status());

        TinAccessApi backup = TinAccessApi.at(server, "/tins/" + provider.tin() + "/access-review", kept.apiToken());
        JsonNode asBackup = backup.get("").body();
        assertEquals(List.of(false, false, true), List.of(itemNode(asBackup, kept.userId()).get("decidable").asBoolean(),
                itemNode(asBackup, left.userId()).get("decidable").asBoolean(), itemNode(asBackup, forgotten.userId()).get("decidable").asBoolean()),
                "a backup admin decides neither themselves nor another backup admin: " + asBackup);
        assertTrue(itemNode(asBackup, kept.userId()).get("self").asBoolean());
        assertEquals(409, backup.post("/items/" + item(admin, kept.userId()), "{\"decision\":\"confirm\"}").status(), "not their own access");
        assertEquals(403, backup.post("/items/" + item(admin, left.userId()), "{\"decision\":\"remove\"}").status(), "not another backup admin's");
        assertEquals("backup-admin", itemNode(admin.get("").body(), kept.userId()).get("role").asText());

        assertEquals("confirmed", admin.post("/items/" + item(admin, kept.userId()) + "", "{\"decision\":\"confirm\"}").body().get("decision").asText());
        assertEquals("removed", admin.post("/items/" + item(admin, left.userId()), "{\"decision\":\"remove\"}").body().get("decision").asText());
        assertEquals(409, admin.post("/items/" + item(admin, kept.userId()), "{\"decision\":\"remove\"}").status(), "decided once");
        assertEquals(400, admin.post("/items/" + item(admin, forgotten.userId()), "{\"decision\":\"maybe\"}").status());
        assertEquals(404, TinAccessApi.at(server, "/tins/" + provider.tin(), adminToken).get("/members/" + left.userId()).status(),
                "removed from the TIN at once");
        assertTrue(PortalUsers.refreshedTins(server, forgotten).has(provider.tin()), "access until the deadline");

        // Six days before the deadline: the week's reminder, to the managers, about who is left.
        try (RealmSettings weekBefore = PortalTime.ahead(server, Duration.ofDays(24))) {
            String reminder = Mails.text(server.inbox().awaitMessageTo(provider.admin().email(), "Reminder: review who has access"));
            assertTrue(reminder.contains("2 people are still to be reviewed"), reminder);
            server.inbox().awaitMessageTo(kept.email(), "Reminder: review who has access");
        }
        try (RealmSettings monthLater = PortalTime.ahead(server, Duration.ofDays(31))) {
            Await.until("the review to close", Duration.ofSeconds(30), () -> admin.get("").body().get("status").asText(), "closed"::equals);
        }

        JsonNode closed = admin.get("").body();
        assertEquals("suspended", decisionOf(closed, forgotten.userId()));
        assertEquals("confirmed", decisionOf(closed, kept.userId()));
        assertEquals("suspended", TinAccessApi.at(server, "/tins/" + provider.tin(), adminToken).get("/members/" + forgotten.userId()).body()
                .get("status").asText(), "suspended on this TIN");
        assertTrue(server.realm().users().get(forgotten.userId()).toRepresentation().isEnabled(), "the account stays as it is");
        assertFalse(PortalUsers.refreshedTins(server, forgotten).has(provider.tin()), "the portal's next token has no TIN");
        assertTrue(PortalUsers.refreshedTins(server, kept).has(provider.tin()));
        String closedMail = Mails.text(server.inbox().awaitMessageTo(provider.admin().email(), "access review of your Tax ID is closed"));
        assertTrue(closedMail.contains("Robin Forgotten") && !closedMail.contains("Robin Kept"), closedMail);
        assertEquals("revoked", TinAccessApi.at(server, "/tins/" + provider.tin() + "/client-grants", adminToken).get("?status=all").body()
                .get("items").get(0).get("status").asText(), "the unconfirmed billing service's grant ended");

        assertEquals(200, TinAccessApi.at(server, "/tins/" + provider.tin(), adminToken).post("/members/" + forgotten.userId() + "/reinstate", null)
                .status());
        assertTrue(PortalUsers.refreshedTins(server, forgotten).has(provider.tin()), "the admin gave it back");

        JsonNode evidence = plan.get("/" + provider.tin() + "/latest").body();
        assertEquals("closed", evidence.get("status").asText());
        assertEquals(reviewerName(server, reviewer), evidence.get("startedBy").asText());
        String csv = plan.get("/" + provider.tin() + "/latest?format=csv").body().asText();
        List<String> lines = csv.lines().toList();
        assertEquals(5, lines.size(), csv);
        assertTrue(lines.stream().anyMatch(line -> line.contains("," + grantId + ",") && line.contains(",billing-service,claims,,revoked,deadline,")), csv);
        assertTrue(lines.get(0).startsWith("review_id,tin,provider,started_at"), csv);
        assertTrue(lines.stream().anyMatch(line -> line.contains(forgotten.userId()) && line.contains(",suspended,deadline,")), csv);
        assertTrue(lines.stream().anyMatch(line -> line.contains(left.userId()) && line.contains(",removed,")), csv);
        assertEquals(403, TinAccessApi.at(server, "/access-reviews", adminToken).get("/" + provider.tin() + "/latest").status(), "evidence is the plan's");

        List<AdminEventRepresentation> decisions = AdminEvents.query(server,
                "resourcePath=tin-access/tins/" + provider.tin() + "/access-review/*").events();
        assertEquals(List.of("access-review:confirmed", "access-review:removed"),
                decisions.stream().map(event -> event.getDetails().get("action")).sorted().toList());
        assertTrue(decisions.stream().allMatch(event -> provider.admin().userId().equals(event.getAuthDetails().getUserId())));
    }

    private static String item(TinAccessApi admin, String userId) {
        return itemNode(admin.get("").body(), userId).get("id").asText();
    }

    private static JsonNode itemNode(JsonNode review, String userId) {
        for (JsonNode item : review.get("items")) {
            if (userId.equals(item.path("userId").asText())) {
                return item;
            }
        }
        throw new AssertionError("no item for " + userId + " in " + review);
    }

    private static String decisionOf(JsonNode review, String userId) {
        for (JsonNode item : review.get("items")) {
            if (userId.equals(item.path("userId").asText())) {
                return item.path("decision").asText();
            }
        }
        throw new AssertionError("no item for " + userId + " in " + review);
    }

    private static String reviewerName(TinAccessServer server, TinAccessApi reviewer) {
        return server.realm().users().get(reviewer.userId()).toRepresentation().getUsername();
    }
}
