package org.tinaccess.it.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.keycloak.representations.idm.AdminEventRepresentation;
import org.tinaccess.it.support.AdminEvents;
import org.tinaccess.it.support.BackupAdminSetup;
import org.tinaccess.it.support.Concurrently;
import org.tinaccess.it.support.IntegrationTest;
import org.tinaccess.it.support.Mails;
import org.tinaccess.it.support.PortalUsers;
import org.tinaccess.it.support.Providers;
import org.tinaccess.it.support.RealmSettings;
import org.tinaccess.it.support.TinAccessApi;
import org.tinaccess.it.support.TinAccessServer;

/**
 * A TIN's admin names backup admins among its active users; a person becomes one only by agreeing,
 * then manages the TIN's users like the admin, but never the admin, never another backup admin, and
 * never who the backup admins are. Portals read the role in the {@code tins} claim.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BackupAdminsIT {

    private TinAccessServer server;
    private PortalUsers.TinAdmin tin;
    private String providerId;
    /** The admin's latest API token: adding users needs no recent second factor, only a live token. */
    private String adminToken;

    /** The TIN's users, activated four at a time: each test uses its own, so none depends on another's order. */
    private final List<PortalUsers.SignedIn> people = new ArrayList<>();

    @BeforeAll
    void aTinWithItsAdminAndUsers(TinAccessServer server) throws Exception {
        this.server = server;
        this.tin = PortalUsers.newTinAdmin(server, TinAccessApi.asNewReviewer(server));
        this.providerId = Providers.ofTin(server, tin.tin()).getId();
        this.adminToken = tin.admin().apiToken();
        List<Callable<PortalUsers.SignedIn>> adds = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            String who = "Person" + i;
            adds.add(() -> BackupAdminSetup.member(server, adminToken, tin.tin(), who));
        }
        for (int from = 0; from < adds.size(); from += 4) {
            people.addAll(Concurrently.run(adds.subList(from, Math.min(from + 4, adds.size()))));
        }
    }

    /** The admin's API with a second factor passed just now, the TIN's backup admins withdrawn (each test names its own). */
    private TinAccessApi admin() {
        adminToken = PortalUsers.signIn(server, tin.admin().email(), tin.admin().totpSecret()).apiToken();
        TinAccessApi admin = TinAccessApi.at(server, "/tins/" + tin.tin(), adminToken);
        for (JsonNode item : admin.get("/backup-admins").body().get("items")) {
            assertEquals(204, admin.delete("/members/" + item.get("userId").asText() + "/backup-admin").status());
        }
        return admin;
    }

    private TinAccessApi as(PortalUsers.SignedIn person) {
        return TinAccessApi.at(server, "/tins/" + tin.tin(), person.apiToken());
    }

    private TinAccessApi ownRole(PortalUsers.SignedIn person) {
        return TinAccessApi.at(server, "/tins/backup-admin", person.apiToken());
    }

    private PortalUsers.SignedIn member(int index) {
        return people.get(index);
    }

    private static JsonNode myTin(TinAccessServer server, PortalUsers.SignedIn person, String providerId) {
        for (JsonNode mine : TinAccessApi.at(server, "/tins", person.apiToken()).get("").body()) {
            if (providerId.equals(mine.get("providerId").asText())) {
                return mine;
            }
        }
        throw new AssertionError("the provider is not among the person's TINs");
    }

    @Test
    void aNamedMemberBecomesABackupAdminOnlyByAgreeingAndThenManagesTheTinsUsers() {
        PortalUsers.SignedIn backup = member(0);
        PortalUsers.SignedIn user = member(1);

        TinAccessApi admin = admin();
        TinAccessApi.Answer named = admin.put("/members/" + backup.userId() + "/backup-admin", "");
        assertEquals(200, named.status(), named.toString());
        assertEquals("nominated", named.body().get("state").asText());
        MimeMessage asked = server.inbox().awaitMessageTo(backup.email(), "asked to be a backup Admin");
        assertNotNull(Mails.html(asked).selectFirst("a#open-my-tax-ids"), Mails.subject(asked));
        assertTrue(Mails.text(asked).contains("backup Admin"), Mails.text(asked));

        // Named is not agreed: no power yet, and the TIN stays masked to them.
        JsonNode waiting = myTin(server, backup, providerId);
        assertEquals("nominated", waiting.get("backupAdmin").asText());
        assertEquals("user", waiting.get("role").asText());
        assertTrue(waiting.get("tin").asText().startsWith("**"), waiting.toString());
        assertEquals(403, as(backup).get("/members").status());
        assertEquals("user", PortalUsers.refreshedTins(server, backup).get(tin.tin()).get("role").asText());

        TinAccessApi.Answer agreed = ownRole(backup).post("/" + providerId + "/accept", null);
        assertEquals(200, agreed.status(), agreed.toString());
        server.inbox().awaitMessageTo(tin.admin().email(), "agreed to help you");
        assertEquals(409, ownRole(backup).post("/" + providerId + "/accept", null).status(), "agreed twice");

        JsonNode confirmed = myTin(server, backup, providerId);
        assertEquals("backup-admin", confirmed.get("role").asText());
        assertEquals(tin.tin(), confirmed.get("tin").asText(), "a backup admin sees the TIN in full, as its admin does");
        assertEquals("backup-admin", PortalUsers.refreshedTins(server, backup).get(tin.tin()).get("role").asText());
        JsonNode listed = admin.get("/members?q=" + backup.email()).body().get("items").get(0);
        assertEquals("backup-admin", listed.get("role").asText());
        assertEquals("confirmed", listed.get("backupAdmin").asText());

        // Manages the users: entitlements, suspension and back; each event names the role it acted in.
        assertEquals(200, as(backup).put("/members/" + user.userId() + "/entitlements", "[\"claims\",\"eligibility\"]").status());
        assertEquals(200, as(backup).post("/members/" + user.userId() + "/suspend", null).status());
        assertEquals(200, as(backup).post("/members/" + user.userId() + "/reinstate", null).status());
        assertEquals(200, as(backup).get("/join-requests").status());
        assertEquals(200, as(backup).get("/client-grants").status());
        List<AdminEventRepresentation> events = AdminEvents.query(server,
                "resourcePath=tin-access/tins/" + tin.tin() + "/members/" + user.userId()).events();
        AdminEventRepresentation suspended = events.stream().filter(event -> "suspended".equals(event.getDetails().get("action")))
                .findFirst().orElseThrow();
        assertEquals("backup-admin", suspended.getDetails().get("actingAs"));
        assertEquals(backup.userId(), suspended.getAuthDetails().getUserId());
        assertEquals("admin", AdminEvents.query(server, "resourcePath=tin-access/tins/" + tin.tin() + "/members/" + backup.userId()).events()
                .stream().filter(event -> "backup-admin-named".equals(event.getDetails().get("action"))).findFirst().orElseThrow()
                .getDetails().get("actingAs"));
    }

    @Test
    void aBackupAdminCannotTouchTheAdminOrAnotherBackupAdminNorDecideWhoTheBackupAdminsAre() {
        // Signed in just now: resetting factors asks for a recent second factor before it looks at whose.
        PortalUsers.SignedIn backup = PortalUsers.signIn(server, member(2).email(), member(2).totpSecret());
        PortalUsers.SignedIn other = member(3);
        PortalUsers.SignedIn user = member(1);
        TinAccessApi admin = admin();
        BackupAdminSetup.makeBackupAdmin(server, admin.token(), tin.tin(), backup);
        assertEquals(200, admin.put("/members/" + other.userId() + "/backup-admin", "").status(), "named, not agreed yet: still out of reach");
        String adminId = tin.admin().userId();

        for (String target : List.of(adminId, other.userId(), backup.userId())) {
            assertEquals(403, as(backup).post("/members/" + target + "/suspend", null).status(), target);
            assertEquals(403, as(backup).post("/members/" + target + "/reset-mfa", null).status(), target);
            assertEquals(403, as(backup).put("/members/" + target + "/entitlements", "[]").status(), target);
            assertEquals(403, as(backup).put("/members/" + target + "/npis", "[]").status(), target);
            assertEquals(403, as(backup).delete("/members/" + target).status(), target);
        }
        assertEquals(403, as(backup).put("/members/" + user.userId() + "/backup-admin", "").status(), "names no one");
        assertEquals(403, as(backup).delete("/members/" + other.userId() + "/backup-admin").status(), "withdraws no one");
        assertEquals(403, as(backup).post("/admin/transfer", "{\"userId\":\"" + backup.userId() + "\"}").status(), "hands nothing over");
        assertEquals(200, as(backup).get("/backup-admins").status(), "but reads who they are");
        assertEquals(200, as(backup).get("/members/" + adminId).status());
        assertEquals("admin", PortalUsers.refreshedTins(server, tin.admin()).get(tin.tin()).get("role").asText(), "the admin is untouched");
        assertEquals(200, as(backup).post("/members/" + user.userId() + "/suspend", null).status(), "while the users are theirs to manage");
        assertEquals(204, admin.delete("/members/" + other.userId() + "/backup-admin").status());
    }

    @Test
    void namingIsLimitedToActiveUsersAndToTheRealmsNumber() {
        PortalUsers.SignedIn first = member(4);
        PortalUsers.SignedIn second = member(5);
        PortalUsers.SignedIn suspended = member(6);
        TinAccessApi admin = admin();
        assertEquals(200, admin.post("/members/" + suspended.userId() + "/suspend", null).status());

        assertEquals("self_action", admin.put("/members/" + tin.admin().userId() + "/backup-admin", "").body().get("error").asText());
        assertEquals("member_not_active", admin.put("/members/" + suspended.userId() + "/backup-admin", "").body().get("error").asText());
        assertEquals(404, admin.put("/members/" + UUID.randomUUID() + "/backup-admin", "").status());
        try (RealmSettings oneBackup = RealmSettings.temporarily(server, Map.of("tinAccess.backupAdmins", "1"))) {
            assertEquals(200, admin.put("/members/" + first.userId() + "/backup-admin", "").status());
            assertEquals("already_backup_admin", admin.put("/members/" + first.userId() + "/backup-admin", "").body().get("error").asText());
            TinAccessApi.Answer over = admin.put("/members/" + second.userId() + "/backup-admin", "");
            assertEquals(409, over.status());
            assertEquals("backup_admin_limit", over.body().get("error").asText());
            assertEquals(1, admin.get("/backup-admins").body().get("limit").asInt());
        }
    }

    @Test
    void theAdminWithdrawsABackupAdminAndAnotherStepsDownAndTheirTokensSayUserAgain() {
        PortalUsers.SignedIn withdrawn = member(7);
        PortalUsers.SignedIn stepsDown = member(8);
        TinAccessApi admin = admin();
        BackupAdminSetup.makeBackupAdmin(server, admin.token(), tin.tin(), withdrawn);
        BackupAdminSetup.makeBackupAdmin(server, admin.token(), tin.tin(), stepsDown);

        assertEquals(204, admin.delete("/members/" + withdrawn.userId() + "/backup-admin").status());
        server.inbox().awaitMessageTo(withdrawn.email(), "no longer a backup Admin");
        assertEquals("user", PortalUsers.refreshedTins(server, withdrawn).get(tin.tin()).get("role").asText());
        assertEquals(403, as(withdrawn).get("/members").status());
        assertEquals("not_backup_admin", admin.delete("/members/" + withdrawn.userId() + "/backup-admin").body().get("error").asText());

        TinAccessApi.Answer down = ownRole(stepsDown).post("/" + providerId + "/decline", null);
        assertEquals(200, down.status(), down.toString());
        assertNull(down.body().path("backupAdmin").textValue());
        assertNull(myTin(server, stepsDown, providerId).path("backupAdmin").textValue());
        assertEquals("user", PortalUsers.refreshedTins(server, stepsDown).get(tin.tin()).get("role").asText());
        assertEquals(404, ownRole(stepsDown).post("/" + providerId + "/decline", null).status(), "nothing left to decline");
        assertEquals(404, ownRole(tin.admin()).post("/" + providerId + "/accept", null).status(), "never named");
    }
}
