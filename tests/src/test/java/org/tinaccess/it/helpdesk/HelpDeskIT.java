package org.tinaccess.it.helpdesk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.keycloak.representations.idm.AdminEventRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
import org.tinaccess.it.support.AdminEvents;
import org.tinaccess.it.support.Await;
import org.tinaccess.it.support.BackupAdminSetup;
import org.tinaccess.it.support.Concurrently;
import org.tinaccess.it.support.FactorHolders;
import org.tinaccess.it.support.HelpDeskCalls;
import org.tinaccess.it.support.IntegrationTest;
import org.tinaccess.it.support.Letters;
import org.tinaccess.it.support.Mails;
import org.tinaccess.it.support.PaymentRecords;
import org.tinaccess.it.support.PortalUsers;
import org.tinaccess.it.support.RealmUsers;
import org.tinaccess.it.support.TinAccessApi;
import org.tinaccess.it.support.TinAccessServer;

/**
 * The help desk resets a person's second factor only once the caller proved who they are: a code
 * sent to the phone on file and read back (never to the e-mail address: a mailbox alone proves nothing), the confirmation of the admin of a TIN
 * the person belongs to, or a code in a letter to that TIN's address of record. Anyone who manages a
 * TIN waits a day, and the people told may stop it. Each refusal changes nothing.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HelpDeskIT {

    private static final Pattern LETTER_CODE = Pattern.compile("Code:\\s*([A-Z0-9]{5}-[A-Z0-9]{5})");

    private TinAccessServer server;
    private TinAccessApi reviewer;
    private PortalUsers.TinAdmin provider;
    private PortalUsers.SignedIn confirmed;
    private PortalUsers.SignedIn refused;
    private PortalUsers.SignedIn backup;
    private TinAccessApi agent;

    @BeforeAll
    void aTinWithItsAdminABackupAdminAndUsers(TinAccessServer server) throws Exception {
        this.server = server;
        this.reviewer = TinAccessApi.asNewReviewer(server);
        this.provider = PortalUsers.newTinAdmin(server, reviewer);
        String adminToken = provider.admin().apiToken();
        List<Callable<PortalUsers.SignedIn>> adds = new ArrayList<>();
        for (String who : List.of("Confirmed", "Refused", "Backup")) {
            adds.add(() -> BackupAdminSetup.member(server, adminToken, provider.tin(), who));
        }
        List<PortalUsers.SignedIn> people = Concurrently.run(adds);
        confirmed = people.get(0);
        refused = people.get(1);
        backup = people.get(2);
        BackupAdminSetup.makeBackupAdmin(server, adminToken, provider.tin(), backup);
        agent = TinAccessApi.asNewHelpDesk(server);
    }

    private TinAccessApi asks(String token) {
        return TinAccessApi.at(server, "/tins/help-desk", token);
    }

    private String adminTokenNow() {
        return PortalUsers.signIn(server, provider.admin().email(), provider.admin().totpSecret()).apiToken();
    }

    private boolean hasApp(String userId) {
        return server.realm().users().get(userId).credentials().stream().anyMatch(credential -> "otp".equals(credential.getType()));
    }

    private boolean hasPhone(String userId) {
        return server.realm().users().get(userId).credentials().stream().anyMatch(credential -> "phone-otp".equals(credential.getType()));
    }

    private AdminEventRepresentation resetEvent(String checkId, String outcome) {
        return AdminEvents.query(server, "resourcePath=tin-access/users/*").events().stream()
                .filter(event -> checkId.equals(event.getDetails().get("checkId")) && outcome.equals(event.getDetails().get("outcome")))
                .findFirst().orElseThrow(() -> new AssertionError("no " + outcome + " event for check " + checkId));
    }

    private static void assertRefused(TinAccessApi.Answer answer, int status, String error) {
        assertEquals(status, answer.status(), answer.toString());
        assertEquals(error, answer.body().path("error").asText(), answer.toString());
    }

    @Test
    void aCodeSentToThePersonsPhoneAndReadBackLetsTheAgentResetAtOnce() {
        FactorHolders.Holder person = FactorHolders.create(server, FactorHolders.Factor.SMS);
        JsonNode found = agent.get("/people?q=" + person.email()).body().get("items");
        assertEquals(1, found.size(), found.toString());
        assertEquals(person.email().charAt(0) + "***" + person.email().substring(person.email().indexOf('@')), found.get(0).get("email").asText());
        assertTrue(found.get(0).get("phone").asText().endsWith(person.phone().e164().substring(8)), found.toString());
        assertFalse(found.get(0).get("coolingOff").asBoolean(), "manages no TIN");

        int before = HelpDeskCalls.codesSent(server, person);
        String checkId = HelpDeskCalls.openByPhone(agent, person.userId());
        assertRefused(agent.post("/checks/" + checkId + "/reset", null), 409, "not_verified");
        String code = HelpDeskCalls.nextCode(server, person, before);
        String wrong = code.equals("000000") ? "111111" : "000000";
        assertRefused(agent.post("/checks/" + checkId + "/code", "{\"code\":\"" + wrong + "\"}"), 409, "code_wrong");
        assertEquals(4, agent.get("/checks/" + checkId).body().get("triesLeft").asInt(), "the wrong try counted");
        assertTrue(hasPhone(person.userId()), "nothing reset before the caller is verified");
        assertEquals(200, agent.post("/checks/" + checkId + "/code", "{\"code\":\"" + code + "\"}").status());

        TinAccessApi.Answer reset = agent.post("/checks/" + checkId + "/reset", null);

        assertEquals(200, reset.status(), reset.toString());
        assertEquals("done", reset.body().get("status").asText());
        assertFalse(hasPhone(person.userId()), "the phone factor is gone");
        assertTrue(Mails.subject(server.inbox().awaitMessageTo(person.email(), "multifactor authentication was reset")).contains("reset"));
        AdminEventRepresentation event = resetEvent(checkId, "reset");
        assertEquals("phone", event.getDetails().get("method"));
        assertEquals(agent.userId(), event.getDetails().get("verifiedBy"));
        assertEquals(agent.userId(), event.getAuthDetails().getUserId());
        assertRefused(agent.post("/checks/" + checkId + "/reset", null), 409, "check_closed");
    }

    @Test
    void aMailboxAloneNeverVerifiesTheCaller() {
        // Whoever reads the person's mail could read a code sent there: there is no e-mail way.
        FactorHolders.Holder person = FactorHolders.create(server, FactorHolders.Factor.APP);
        int mails = server.inbox().messagesTo(person.email()).size();

        assertRefused(agent.post("/people/" + person.userId() + "/checks", "{\"method\":\"email\"}"), 400, "invalid_method");

        assertRefused(agent.post("/people/" + person.userId() + "/checks", "{\"method\":\"phone\"}"), 409, "no_phone");
        assertEquals(0, agent.get("/people?q=" + person.email()).body().get("items").get(0).get("checks").size(), "no check was opened");
        assertEquals(mails, server.inbox().messagesTo(person.email()).size(), "nothing was mailed");
        assertTrue(hasApp(person.userId()));
    }

    @Test
    void aNewCheckReplacesTheOldOneAndFiveWrongCodesFailIt() {
        FactorHolders.Holder person = FactorHolders.create(server, FactorHolders.Factor.SMS);
        int before = HelpDeskCalls.codesSent(server, person);
        String first = HelpDeskCalls.openByPhone(agent, person.userId());
        String firstCode = HelpDeskCalls.nextCode(server, person, before);
        String secondId = HelpDeskCalls.openByPhone(agent, person.userId());
        String secondCode = HelpDeskCalls.nextCode(server, person, before + 1);

        assertRefused(agent.post("/checks/" + first + "/code", "{\"code\":\"" + firstCode + "\"}"), 409, "check_closed");
        String wrong = secondCode.equals("000000") ? "111111" : "000000";
        for (int i = 0; i < 4; i++) {
            assertRefused(agent.post("/checks/" + secondId + "/code", "{\"code\":\"" + wrong + "\"}"), 409, "code_wrong");
        }
        assertRefused(agent.post("/checks/" + secondId + "/code", "{\"code\":\"" + wrong + "\"}"), 409, "code_exhausted");
        assertRefused(agent.post("/checks/" + secondId + "/code", "{\"code\":\"" + secondCode + "\"}"), 409, "check_closed");
        assertRefused(agent.post("/checks/" + secondId + "/reset", null), 409, "check_closed");
        assertEquals("failed", agent.get("/checks/" + secondId).body().get("status").asText());
        assertTrue(hasPhone(person.userId()));
    }

    @Test
    void theTinsAdminConfirmsTheCallerOfTheirUserAndOnlyTheAgentWhoAskedResets() {
        JsonNode person = agent.get("/people?q=" + confirmed.email()).body().get("items").get(0);
        JsonNode tin = person.get("tins").get(0);
        assertEquals(provider.tin(), tin.get("tin").asText());
        assertEquals("user", tin.get("role").asText());
        assertTrue(tin.get("adminCanConfirm").asBoolean());

        TinAccessApi.Answer opened = agent.post("/people/" + confirmed.userId() + "/checks",
                "{\"method\":\"admin\",\"tin\":\"" + provider.tin() + "\"}");
        assertEquals(201, opened.status(), opened.toString());
        String checkId = opened.body().get("id").asText();
        server.inbox().awaitMessageTo(provider.admin().email(), "confirm a caller");
        assertRefused(agent.post("/checks/" + checkId + "/code", "{\"code\":\"123456\"}"), 409, "no_code");
        assertRefused(agent.post("/checks/" + checkId + "/reset", null), 409, "not_verified");
        // The person cannot vouch for themselves: nothing is asked of them, and their answer finds no check.
        assertEquals(0, asks(confirmed.apiToken()).get("").body().get("items").size());
        assertEquals(404, asks(confirmed.apiToken()).post("/checks/" + checkId + "/confirm", null).status());

        TinAccessApi admin = asks(adminTokenNow());
        JsonNode asked = admin.get("").body().get("items");
        assertTrue(asked.toString().contains(checkId) && asked.toString().contains("\"confirm\""), asked.toString());
        assertEquals(204, admin.post("/checks/" + checkId + "/confirm", null).status());
        assertRefused(TinAccessApi.asNewHelpDesk(server).post("/checks/" + checkId + "/reset", null), 409, "not_your_check");
        TinAccessApi.Answer reset = agent.post("/checks/" + checkId + "/reset", null);

        assertEquals(200, reset.status(), reset.toString());
        assertFalse(hasApp(confirmed.userId()));
        AdminEventRepresentation event = resetEvent(checkId, "reset");
        assertEquals("admin", event.getDetails().get("method"));
        assertEquals(provider.admin().userId(), event.getDetails().get("verifiedBy"));
        assertEquals(provider.tin(), event.getDetails().get("tin"));
        assertEquals("admin", resetEvent(checkId, "confirmed").getDetails().get("actingAs"));
    }

    @Test
    void aBackupAdminWhoDoesNotKnowTheCallerRefusesAndNothingIsReset() {
        String checkId = agent.post("/people/" + refused.userId() + "/checks", "{\"method\":\"admin\",\"tin\":\"" + provider.tin() + "\"}")
                .body().get("id").asText();

        assertEquals(204, asks(backup.apiToken()).post("/checks/" + checkId + "/refuse", null).status());

        assertRefused(agent.post("/checks/" + checkId + "/reset", null), 409, "check_closed");
        assertEquals("failed", agent.get("/checks/" + checkId).body().get("status").asText());
        assertTrue(hasApp(refused.userId()));
        assertEquals("backup-admin", resetEvent(checkId, "refused").getDetails().get("actingAs"));
    }

    @Test
    void theResetOfABackupAdminWaitsADayTellsTheAdminAndTheAdminStopsIt() {
        String checkId = HelpDeskCalls.verifyByAdmin(server, agent, backup.userId(), provider.tin(), adminTokenNow());

        TinAccessApi.Answer scheduled = agent.post("/checks/" + checkId + "/reset", null);

        assertEquals(200, scheduled.status(), scheduled.toString());
        assertEquals("scheduled", scheduled.body().get("status").asText());
        long wait = scheduled.body().get("dueAt").asLong() - scheduled.body().get("verifiedAt").asLong();
        assertTrue(wait >= Duration.ofHours(24).toMillis() && wait < Duration.ofHours(24).plusMinutes(5).toMillis(), "a day: " + wait);
        assertTrue(hasApp(backup.userId()), "nothing removed yet");
        server.inbox().awaitMessageTo(backup.email(), "reset in 24 hours");
        server.inbox().awaitMessageTo(provider.admin().email(), "reset in 24 hours");
        assertTrue(asks(backup.apiToken()).get("").body().toString().contains(checkId), "the person may stop it");
        assertEquals(404, asks(confirmed.apiToken()).post("/checks/" + checkId + "/stop", null).status(), "a plain user of the TIN may not");
        TinAccessApi admin = asks(adminTokenNow());
        assertTrue(admin.get("").body().toString().contains("\"stop\""), "the admin is asked whether to stop it");

        assertEquals(204, admin.post("/checks/" + checkId + "/stop", null).status());

        assertEquals("stopped", agent.get("/checks/" + checkId).body().get("status").asText());
        assertEquals("manager", resetEvent(checkId, "stopped").getDetails().get("actingAs"));
        assertEquals("scheduled", resetEvent(checkId, "scheduled").getDetails().get("outcome"));
        assertTrue(hasApp(backup.userId()));

        // Called again, the person themselves stops it: the real one still has their factor.
        String again = HelpDeskCalls.verifyByAdmin(server, agent, backup.userId(), provider.tin(), adminTokenNow());
        assertEquals("scheduled", agent.post("/checks/" + again + "/reset", null).body().get("status").asText());
        assertEquals(204, asks(backup.apiToken()).post("/checks/" + again + "/stop", null).status());
        assertEquals("self", resetEvent(again, "stopped").getDetails().get("actingAs"));
        assertTrue(hasApp(backup.userId()));
    }

    @Test
    void anAdminsResetProvedByALetterTakesEffectWhenTheDayIsOver() throws Exception {
        PortalUsers.TinAdmin other = PortalUsers.newTinAdmin(server, reviewer);
        PaymentRecords.upload(server, reviewer, other.tin() + ",V-HD1,,CHK-HD1,2026-07-01,Letter Clinic,9 Harbor St,,Ashland,WI,54806\n");
        JsonNode person = agent.get("/people?q=" + other.admin().email()).body().get("items").get(0);
        assertTrue(person.get("coolingOff").asBoolean());
        assertEquals("admin", person.get("tins").get(0).get("role").asText());
        assertFalse(person.get("tins").get(0).get("adminCanConfirm").asBoolean(), "nobody else manages this TIN");
        assertRefused(agent.post("/people/" + other.admin().userId() + "/checks", "{\"method\":\"admin\",\"tin\":\"" + other.tin() + "\"}"),
                409, "no_admin_to_ask");

        TinAccessApi.Answer opened = agent.post("/people/" + other.admin().userId() + "/checks",
                "{\"method\":\"letter\",\"tin\":\"" + other.tin() + "\"}");
        assertEquals(201, opened.status(), opened.toString());
        String checkId = opened.body().get("id").asText();
        String reference = "HD-" + checkId.substring(0, 8).toUpperCase();
        String letter = Await.until("the letter " + reference, Duration.ofSeconds(15), () -> Letters.newest(reference), Optional::isPresent)
                .map(found -> Letters.text(reference)).orElseThrow();
        assertTrue(letter.contains("9 Harbor St"), letter);
        Matcher code = LETTER_CODE.matcher(letter);
        assertTrue(code.find(), letter);
        assertEquals(200, agent.post("/checks/" + checkId + "/code", "{\"code\":\"" + code.group(1).toLowerCase() + "\"}").status(),
                "read out in any case");
        assertEquals("scheduled", agent.post("/checks/" + checkId + "/reset", null).body().get("status").asText());
        server.inbox().awaitMessageTo(other.admin().email(), "reset in 24 hours");
        assertTrue(hasApp(other.admin().userId()));

        // The day is over: the check's clock moved a day back, as if the reset had been scheduled yesterday.
        try (Connection db = server.database().orElseThrow().connect();
                PreparedStatement update = db.prepareStatement("UPDATE TA_HELP_DESK_CASE SET DUE_AT = DUE_AT - ? WHERE ID = ?")) {
            update.setLong(1, Duration.ofHours(24).plusMinutes(1).toMillis());
            update.setString(2, checkId);
            assertEquals(1, update.executeUpdate());
        }

        Await.until("the scheduled reset", Duration.ofSeconds(30), () -> hasApp(other.admin().userId()), has -> !has);
        assertEquals("done", agent.get("/checks/" + checkId).body().get("status").asText());
        server.inbox().awaitMessageTo(other.admin().email(), "multifactor authentication was reset");
        assertEquals("letter", resetEvent(checkId, "scheduled").getDetails().get("method"));
    }

    @Test
    void theHelpDeskNeverResetsItsOwnNorStaffFactorsNorWithoutAFreshSecondFactor() throws SQLException {
        FactorHolders.Holder otherAgent = FactorHolders.create(server, FactorHolders.Factor.APP);
        grant(otherAgent.userId(), "tin-help-desk");
        FactorHolders.Holder staffReviewer = FactorHolders.create(server, FactorHolders.Factor.APP);
        grant(staffReviewer.userId(), "tin-reviewer");

        assertRefused(agent.post("/people/" + agent.userId() + "/checks", "{\"method\":\"phone\"}"), 409, "self_action");
        assertEquals(403, agent.post("/people/" + otherAgent.userId() + "/checks", "{\"method\":\"phone\"}").status());
        assertEquals(403, agent.post("/people/" + staffReviewer.userId() + "/checks", "{\"method\":\"phone\"}").status());
        assertEquals(0, agent.get("/people?q=" + staffReviewer.email()).body().get("items").size(), "staff are not found");
        assertEquals(403, TinAccessApi.at(server, "/help-desk", reviewer.token()).get("/people?q=" + provider.admin().email()).status(),
                "a reviewer is not the help desk");

        // An agent's session that passed no second factor: verifying is allowed, resetting is not.
        String staleEmail = RealmUsers.uniqueEmail("stale-help-desk");
        String staleId = RealmUsers.create(server, staleEmail, RealmUsers.PASSWORD);
        grant(staleId, "tin-help-desk");
        TinAccessApi stale = TinAccessApi.at(server, "/help-desk", RealmUsers.signIn(server, staleEmail, RealmUsers.PASSWORD));
        FactorHolders.Holder person = FactorHolders.create(server, FactorHolders.Factor.SMS);
        String checkId = HelpDeskCalls.verifyByPhone(server, stale, person);
        assertRefused(stale.post("/checks/" + checkId + "/reset", null), 401, "insufficient_user_authentication");
        assertTrue(hasPhone(person.userId()));

        // A verification half an hour old no longer resets: the caller is verified again.
        String late = HelpDeskCalls.verifyByPhone(server, agent, person);
        try (Connection db = server.database().orElseThrow().connect();
                PreparedStatement update = db.prepareStatement("UPDATE TA_HELP_DESK_CASE SET VERIFIED_AT = VERIFIED_AT - ? WHERE ID = ?")) {
            update.setLong(1, Duration.ofMinutes(31).toMillis());
            update.setString(2, late);
            assertEquals(1, update.executeUpdate());
        }
        assertRefused(agent.post("/checks/" + late + "/reset", null), 409, "verification_expired");
        assertTrue(hasPhone(person.userId()));
    }

    @Test
    void anAgentWhoAlsoManagesTheTinCannotConfirmTheCheckTheyAskedFor() {
        PortalUsers.TinAdmin own = PortalUsers.newTinAdmin(server, reviewer);
        PortalUsers.SignedIn member = BackupAdminSetup.member(server, own.admin().apiToken(), own.tin(), "Twohats");
        grant(own.admin().userId(), "tin-help-desk");
        String token = PortalUsers.signIn(server, own.admin().email(), own.admin().totpSecret()).apiToken();
        TinAccessApi.Answer opened = TinAccessApi.at(server, "/help-desk", token).post("/people/" + member.userId() + "/checks",
                "{\"method\":\"admin\",\"tin\":\"" + own.tin() + "\"}");
        assertEquals(201, opened.status(), opened.toString());
        String checkId = opened.body().get("id").asText();

        assertRefused(asks(token).post("/checks/" + checkId + "/confirm", null), 409, "own_case");

        assertEquals("open", agent.get("/checks/" + checkId).body().get("status").asText());
        assertTrue(hasApp(member.userId()));
    }

    private void grant(String userId, String roleName) {
        RoleRepresentation role = server.realm().roles().get(roleName).toRepresentation();
        server.realm().users().get(userId).roles().realmLevel().add(List.of(role));
    }
}
