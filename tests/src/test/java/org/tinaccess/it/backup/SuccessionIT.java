package org.tinaccess.it.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.keycloak.representations.idm.AdminEventRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.tinaccess.it.support.AdminEvents;
import org.tinaccess.it.support.BackupAdminSetup;
import org.tinaccess.it.support.Concurrently;
import org.tinaccess.it.support.IntegrationTest;
import org.tinaccess.it.support.PaymentRecords;
import org.tinaccess.it.support.PortalUsers;
import org.tinaccess.it.support.Providers;
import org.tinaccess.it.support.RealmSettings;
import org.tinaccess.it.support.RealmUsers;
import org.tinaccess.it.support.TinAccessApi;
import org.tinaccess.it.support.TinAccessServer;

/**
 * A backup admin takes the admin seat of a TIN whose admin is gone (account disabled or deleted,
 * removed from the provider, or not signed in for the set time), with a second factor passed just
 * now and a payment the plan's records show; never while the admin is active. Of backup admins
 * claiming at once, exactly one becomes the admin and the others' calls leave nothing behind.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SuccessionIT {

    private static final Logger LOG = Logger.getLogger(SuccessionIT.class);

    private TinAccessServer server;
    private TinAccessApi reviewer;
    private int nextCheck = 100;

    @BeforeAll
    void server(TinAccessServer server) {
        this.server = server;
        this.reviewer = TinAccessApi.asNewReviewer(server);
    }

    /** A TIN with its admin, a payment the plan made to it, and {@code backups} backup admins who agreed. */
    private record Team(PortalUsers.TinAdmin tin, String checkNumber, List<PortalUsers.SignedIn> backups) {

        PortalUsers.SignedIn backup() {
            return backups.get(0);
        }
    }

    private Team team(int backups) throws Exception {
        PortalUsers.TinAdmin tin = PortalUsers.newTinAdmin(server, reviewer);
        String check = "CHK-" + (nextCheck++);
        PaymentRecords.upload(server, TinAccessApi.asNewReviewer(server),
                tin.tin() + ",V-SUCC,," + check + ",2026-11-02,Succession Clinic,5 Elm St,,Wausau,WI,54401\n");
        List<Callable<PortalUsers.SignedIn>> adds = new ArrayList<>();
        for (int i = 0; i < backups; i++) {
            String who = "Backup" + i;
            adds.add(() -> BackupAdminSetup.member(server, tin.admin().apiToken(), tin.tin(), who));
        }
        List<PortalUsers.SignedIn> people = new ArrayList<>();
        // A few at a time, as an office's people would activate their accounts.
        for (int from = 0; from < adds.size(); from += 4) {
            people.addAll(Concurrently.run(adds.subList(from, Math.min(from + 4, adds.size()))));
        }
        String adminToken = PortalUsers.signIn(server, tin.admin().email(), tin.admin().totpSecret()).apiToken();
        for (PortalUsers.SignedIn person : people) {
            BackupAdminSetup.makeBackupAdmin(server, adminToken, tin.tin(), person);
        }
        return new Team(tin, check, people);
    }

    private static String proof(String checkNumber, String formerAdmin) {
        return "{\"proof\":\"check\",\"checkIdType\":\"vendor\",\"vendorNumber\":\"v-succ\",\"checkNumber\":\"" + checkNumber
                + "\",\"formerAdmin\":\"" + formerAdmin + "\"}";
    }

    /** The backup admin's API, signed in just now (a second factor passed in the last minutes). */
    private TinAccessApi fresh(Team team, PortalUsers.SignedIn backup) {
        return TinAccessApi.at(server, "/tins/" + team.tin().tin(), PortalUsers.signIn(server, backup.email(), backup.totpSecret()).apiToken());
    }

    private void disable(String userId) {
        UserRepresentation user = server.realm().users().get(userId).toRepresentation();
        user.setEnabled(false);
        server.realm().users().get(userId).update(user);
    }

    private String holder(String tin) throws SQLException {
        try (Connection db = server.database().orElseThrow().connect();
                PreparedStatement query = db.prepareStatement("select USER_ID from TA_ADMIN_CLAIM where TIN = ?")) {
            query.setString(1, tin);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? rows.getString(1) : null;
            }
        }
    }

    private AdminEventRepresentation successionEvent(String tin) {
        List<AdminEventRepresentation> events = AdminEvents.query(server, "resourcePath=tin-access/tins/" + tin + "/members/*").events().stream()
                .filter(event -> "admin-succeeded".equals(event.getDetails().get("action"))).toList();
        assertEquals(1, events.size(), "one succession recorded");
        return events.get(0);
    }

    @Test
    void nobodySucceedsAnAdminWhoIsActiveAndNobodyButABackupAdminAsks() throws Exception {
        Team team = team(1);
        TinAccessApi backup = fresh(team, team.backup());
        TinAccessApi.Answer refused = backup.post("/admin/succession", proof(team.checkNumber(), "member"));
        assertEquals(409, refused.status(), refused.toString());
        assertEquals("admin_active", refused.body().get("error").asText());
        TinAccessApi admin = TinAccessApi.at(server, "/tins/" + team.tin().tin(), team.tin().admin().apiToken());
        assertEquals(403, admin.post("/admin/succession", proof(team.checkNumber(), "member")).status(), "the admin is no backup admin");
        assertEquals(team.tin().admin().userId(), holder(team.tin().tin()));
    }

    @Test
    void aBackupAdminSucceedsADisabledAdminWithThePlansPaymentAndEveryoneIsTold() throws Exception {
        Team team = team(2);
        PortalUsers.SignedIn successor = team.backups().get(0);
        PortalUsers.SignedIn other = team.backups().get(1);
        disable(team.tin().admin().userId());
        TinAccessApi backup = fresh(team, successor);

        assertEquals("invalid_proof", backup.post("/admin/succession", "{\"proof\":\"review\"}").body().get("error").asText());
        assertEquals("invalid_checkNumber", backup.post("/admin/succession", "{\"proof\":\"check\",\"checkIdType\":\"vendor\","
                + "\"vendorNumber\":\"V-SUCC\"}").body().get("error").asText());
        TinAccessApi.Answer wrong = backup.post("/admin/succession", proof("CHK-0000", "member"));
        assertEquals(409, wrong.status(), wrong.toString());
        assertEquals("proof_not_matched", wrong.body().get("error").asText());
        assertEquals(team.tin().admin().userId(), holder(team.tin().tin()), "a refusal moves nothing");

        TinAccessApi.Answer taken = backup.post("/admin/succession", proof(team.checkNumber(), "member"));
        assertEquals(200, taken.status(), taken.toString());
        assertEquals("admin-disabled", taken.body().get("trigger").asText());
        assertEquals(successor.userId(), holder(team.tin().tin()));
        assertEquals("admin", PortalUsers.refreshedTins(server, successor).get(team.tin().tin()).get("role").asText());
        JsonNode former = backup.get("/members?q=" + team.tin().admin().email()).body().get("items").get(0);
        assertEquals("user", former.get("role").asText(), "the former admin stays a user, as the successor chose");
        JsonNode backups = backup.get("/backup-admins").body().get("items");
        assertEquals(1, backups.size(), "the successor is no backup admin any more: " + backups);
        assertEquals(other.userId(), backups.get(0).get("userId").asText());

        server.inbox().awaitMessageTo(successor.email(), "You are now the Admin");
        server.inbox().awaitMessageTo(team.tin().admin().email(), "You are no longer the Admin");
        server.inbox().awaitMessageTo(other.email(), "took the place of the Admin");
        AdminEventRepresentation event = successionEvent(team.tin().tin());
        assertEquals("backup-admin", event.getDetails().get("actingAs"));
        assertEquals("admin-disabled", event.getDetails().get("trigger"));
        assertEquals(team.tin().admin().userId(), event.getDetails().get("formerAdminUserId"));
        assertEquals(successor.userId(), event.getAuthDetails().getUserId());
        assertEquals("admin_active", fresh(team, other).post("/admin/succession", proof(team.checkNumber(), "member")).body().get("error")
                .asText(), "the seat is taken by an active admin");
    }

    @Test
    void anAdminWhoHandsTheTinToTheirBackupAdminLeavesNoBackupRoleBehind() throws Exception {
        Team team = team(1);
        TinAccessApi admin = TinAccessApi.at(server, "/tins/" + team.tin().tin(),
                PortalUsers.signIn(server, team.tin().admin().email(), team.tin().admin().totpSecret()).apiToken());
        assertEquals(200, admin.post("/admin/transfer", "{\"userId\":\"" + team.backup().userId() + "\"}").status());
        TinAccessApi newAdmin = fresh(team, team.backup());
        assertEquals(0, newAdmin.get("/backup-admins").body().get("items").size(), "the new admin is no backup admin of their own TIN");
        assertEquals("admin", PortalUsers.refreshedTins(server, team.backup()).get(team.tin().tin()).get("role").asText());
    }

    @Test
    void aBackupAdminWithoutAPaymentAsksTheReviewersWhoMoveTheRoleToThem() throws Exception {
        Team team = team(2);
        PortalUsers.SignedIn asking = team.backups().get(0);
        PortalUsers.SignedIn other = team.backups().get(1);
        TinAccessApi requests = TinAccessApi.at(server, "/requests", asking.apiToken());
        String ask = "{\"tin\":\"" + team.tin().tin() + "\",\"proof\":\"review\"}";
        assertEquals("admin_active", requests.post("", ask).body().get("error").asText(), "not while the admin is active");
        disable(team.tin().admin().userId());

        TinAccessApi.Answer asked = requests.post("", ask);
        assertEquals(201, asked.status(), asked.toString());
        TinAccessApi reviewer = TinAccessApi.asNewReviewer(server);
        JsonNode request = reviewer.findByReference(asked.body().get("reference").asText());
        JsonNode line = request.get("tins").get(0);
        assertTrue(line.get("adminLeftReason").asText().contains("backup admin"), line.toString());
        assertTrue(line.get("adminLeftReason").asText().endsWith("admin-disabled"), line.toString());
        String approve = "/" + request.get("id").asText() + "/tins/" + team.tin().tin() + "/approve";
        assertEquals("admin_exists", reviewer.post(approve, null).body().get("error").asText(), "an approval alone replaces nobody");

        TinAccessApi.Answer moved = reviewer.post(approve, "{\"replaceAdmin\": true}");
        assertEquals(200, moved.status(), moved.toString());
        assertEquals(asking.userId(), holder(team.tin().tin()));
        assertEquals("admin", PortalUsers.refreshedTins(server, asking).get(team.tin().tin()).get("role").asText());
        server.inbox().awaitMessageTo(other.email(), "took the place of the Admin");
        JsonNode backups = TinAccessApi.at(server, "/tins/" + team.tin().tin(), fresh(team, asking).token()).get("/backup-admins").body();
        assertEquals(1, backups.get("items").size(), "the new admin is no backup admin any more: " + backups);
    }

    @Test
    void aUserWhoIsNoBackupAdminCannotAskForTheirTinThisWay() throws Exception {
        Team team = team(0);
        PortalUsers.SignedIn user = BackupAdminSetup.member(server, team.tin().admin().apiToken(), team.tin().tin(), "Plain");
        disable(team.tin().admin().userId());
        assertEquals(403, TinAccessApi.at(server, "/requests", user.apiToken()).post("",
                "{\"tin\":\"" + team.tin().tin() + "\",\"proof\":\"review\"}").status());
    }

    @Test
    void aSessionWithoutARecentSecondFactorNeitherNamesABackupAdminNorTakesTheRole() throws Exception {
        Team naming = team(1);
        String member = naming.backup().userId();
        TinAccessApi staleAdmin = TinAccessApi.at(server, "/tins/" + naming.tin().tin(), staleToken(naming.tin().admin()));
        assertEquals(204, staleAdmin.delete("/members/" + member + "/backup-admin").status(), "withdrawing gives no power: no step-up");
        TinAccessApi.Answer named = staleAdmin.put("/members/" + member + "/backup-admin", "");
        assertEquals(401, named.status(), named.toString());
        assertEquals("insufficient_user_authentication", named.body().path("error").asText());

        Team taking = team(1);
        disable(taking.tin().admin().userId());
        TinAccessApi staleBackup = TinAccessApi.at(server, "/tins/" + taking.tin().tin(), staleToken(taking.backup()));
        TinAccessApi.Answer taken = staleBackup.post("/admin/succession", proof(taking.checkNumber(), "member"));
        assertEquals(401, taken.status(), taken.toString());
        assertEquals("insufficient_user_authentication", taken.body().path("error").asText());
        assertEquals(taking.tin().admin().userId(), holder(taking.tin().tin()));
    }

    /**
     * The app removed, the person signs in with the password and enrols a new one: enrolling is not
     * passing a second factor, so this session has none in the last minutes.
     */
    private String staleToken(PortalUsers.SignedIn person) {
        server.realm().users().get(person.userId()).credentials().stream().filter(credential -> "otp".equals(credential.getType()))
                .forEach(credential -> server.realm().users().get(person.userId()).removeCredential(credential.getId()));
        return RealmUsers.signIn(server, person.email(), PortalUsers.PASSWORD);
    }

    @Test
    void aBackupAdminSucceedsAnAdminWhoseAccountWasDeleted() throws Exception {
        Team team = team(1);
        server.realm().users().get(team.tin().admin().userId()).remove();
        TinAccessApi.Answer taken = fresh(team, team.backup()).post("/admin/succession", proof(team.checkNumber(), "member"));
        assertEquals(200, taken.status(), taken.toString());
        assertEquals("admin-deleted", taken.body().get("trigger").asText());
        assertEquals(team.backup().userId(), holder(team.tin().tin()));
    }

    @Test
    void aBackupAdminSucceedsAnAdminRemovedFromTheProviderAndTheFormerAdminLeaves() throws Exception {
        Team team = team(1);
        String providerId = Providers.ofTin(server, team.tin().tin()).getId();
        server.realm().organizations().get(providerId).members().member(team.tin().admin().userId()).delete().close();
        TinAccessApi.Answer taken = fresh(team, team.backup()).post("/admin/succession", proof(team.checkNumber(), "remove"));
        assertEquals(200, taken.status(), taken.toString());
        assertEquals("admin-removed", taken.body().get("trigger").asText());
        assertEquals("removed", taken.body().get("formerAdmin").asText());
        assertFalse(PortalUsers.refreshedTins(server, team.tin().admin()).has(team.tin().tin()), "the former admin left the TIN");
    }

    @Test
    void aBackupAdminSucceedsAnAdminWhoHasNotSignedInForTheSetTime() throws Exception {
        Team team = team(1);
        String adminId = team.tin().admin().userId();
        try (Connection db = server.database().orElseThrow().connect()) {
            assertTrue(lastSignIn(db, adminId) > 0, "the admin's sign-ins are recorded");
            // As if the admin had become admin and last signed in 89 days ago: not yet gone.
            backdate(db, team.tin().tin(), adminId, Duration.ofDays(89));
            assertEquals("admin_active", fresh(team, team.backup()).post("/admin/succession", proof(team.checkNumber(), "member"))
                    .body().get("error").asText());
            backdate(db, team.tin().tin(), adminId, Duration.ofDays(91));
        }
        TinAccessApi.Answer taken = fresh(team, team.backup()).post("/admin/succession", proof(team.checkNumber(), "member"));
        assertEquals(200, taken.status(), taken.toString());
        assertEquals("admin-inactive", taken.body().get("trigger").asText());
    }

    private static long lastSignIn(Connection db, String userId) throws SQLException {
        try (PreparedStatement query = db.prepareStatement("select LAST_AT from TA_SIGN_IN where USER_ID = ?")) {
            query.setString(1, userId);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? rows.getLong(1) : 0;
            }
        }
    }

    private static void backdate(Connection db, String tin, String userId, Duration ago) throws SQLException {
        long then = System.currentTimeMillis() - ago.toMillis();
        try (PreparedStatement signIn = db.prepareStatement("update TA_SIGN_IN set LAST_AT = ? where USER_ID = ?");
                PreparedStatement claim = db.prepareStatement("update TA_ADMIN_CLAIM set CLAIMED_AT = ? where TIN = ?")) {
            signIn.setLong(1, then);
            signIn.setString(2, userId);
            assertEquals(1, signIn.executeUpdate());
            claim.setLong(1, then);
            claim.setString(2, tin);
            assertEquals(1, claim.executeUpdate());
        }
    }

    @Test
    void twentyBackupAdminsClaimingAtOnceLeaveExactlyOneAdminAndNoTraceOfTheOthers() throws Exception {
        try (RealmSettings settings = RealmSettings.temporarily(server, Map.of("tinAccess.backupAdmins", "20",
                // Each claim checks the payment; twenty at once from one address must not meet the try limits first.
                "tinAccess.verificationTriesPerDay", "100", "tinAccess.verificationTriesPerAddressPerDay", "100"))) {
            Team team = team(20);
            disable(team.tin().admin().userId());
            List<TinAccessApi> claimants = new ArrayList<>();
            for (PortalUsers.SignedIn backup : team.backups()) {
                claimants.add(fresh(team, backup));
            }
            List<Callable<TinAccessApi.Answer>> claims = new ArrayList<>();
            for (TinAccessApi claimant : claimants) {
                claims.add(() -> claimant.post("/admin/succession", proof(team.checkNumber(), "member")));
            }
            List<TinAccessApi.Answer> answers = Concurrently.run(claims);

            List<String> winners = new ArrayList<>();
            for (int i = 0; i < answers.size(); i++) {
                TinAccessApi.Answer answer = answers.get(i);
                if (answer.status() == 200) {
                    winners.add(team.backups().get(i).userId());
                } else {
                    // Lost the one UPDATE (admin_changed), or came after the winner committed, who is then an active admin.
                    assertEquals(409, answer.status(), answer.toString());
                    assertTrue(List.of("admin_changed", "admin_active").contains(answer.body().get("error").asText()), answer.toString());
                }
            }
            assertEquals(1, winners.size(), "exactly one admin: " + answers);
            LOG.infof("Twenty claims at once: one admin, %d lost the update, %d came after it", answers.stream()
                    .filter(answer -> answer.status() == 409 && "admin_changed".equals(answer.body().get("error").asText())).count(),
                    answers.stream().filter(answer -> answer.status() == 409 && "admin_active".equals(answer.body().get("error").asText())).count());
            assertEquals(winners.get(0), holder(team.tin().tin()));
            assertEquals(winners.get(0), successionEvent(team.tin().tin()).getAuthDetails().getUserId());
            JsonNode backups = TinAccessApi.at(server, "/tins/" + team.tin().tin(), claimants.get(0).token()).get("/backup-admins").body();
            assertEquals(19, backups.get("items").size(), "every other claimant is still a backup admin, as before: " + backups);
            for (JsonNode backup : backups.get("items")) {
                assertEquals("confirmed", backup.get("state").asText());
            }
        }
    }
}
