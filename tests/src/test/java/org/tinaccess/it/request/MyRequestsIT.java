package org.tinaccess.it.request;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.tinaccess.it.support.IntegrationTest;
import org.tinaccess.it.support.Mails;
import org.tinaccess.it.support.PaymentRecords;
import org.tinaccess.it.support.PortalUsers;
import org.tinaccess.it.support.RealmUsers;
import org.tinaccess.it.support.RequestAccessPages;
import org.tinaccess.it.support.TestTins;
import org.tinaccess.it.support.TinAccessApi;
import org.tinaccess.it.support.TinAccessServer;

/**
 * The plan's "check the status of your request" and "add additional access to your account": a
 * signed-in person's own requests with their statuses, withdrawing one, and an active admin asking
 * for another TIN from the account console, approved at once by a matched payment and theirs
 * without an invitation, since they asked for it signed in.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MyRequestsIT {

    private TinAccessServer server;
    private TinAccessApi reviewer;
    private String paidTin;

    @BeforeAll
    void aPaymentOnRecord(TinAccessServer server) {
        this.server = server;
        this.reviewer = TinAccessApi.asNewReviewer(server);
        this.paidTin = TestTins.next();
        PaymentRecords.upload(server, reviewer, paidTin + ",V-77,,CHK-7777,2026-11-01,Second Site,77 Pine St,,Wausau,WI,54401\n");
    }

    private TinAccessApi requests(PortalUsers.SignedIn who) {
        return TinAccessApi.at(server, "/requests", who.apiToken());
    }

    private static JsonNode byReference(JsonNode requests, String reference) {
        for (JsonNode request : requests) {
            if (request.get("reference").asText().equals(reference)) {
                return request;
            }
        }
        throw new AssertionError("no " + reference + " in " + requests);
    }

    @Test
    void anAdminAddsAPaidTinFromTheConsoleAndHoldsItAtOnceWithoutAnInvitation() {
        PortalUsers.TinAdmin admin = PortalUsers.newTinAdmin(server, reviewer);

        TinAccessApi.Answer asked = requests(admin.admin()).post("", "{\"tin\": \"" + paidTin + "\", \"proof\": \"check\","
                + " \"checkIdType\": \"vendor\", \"vendorNumber\": \"v77\", \"checkNumber\": \"chk 7777\"}");

        assertEquals(201, asked.status(), asked.toString());
        assertEquals("approved", asked.body().get("tins").get(0).get("outcome").asText());
        JsonNode mine = TinAccessApi.at(server, "/tins", admin.admin().apiToken()).get("").body();
        JsonNode added = null;
        for (JsonNode tin : mine) {
            if (tin.get("tin").asText().replace("-", "").equals(paidTin)) {
                added = tin;
            }
        }
        assertTrue(added != null, mine.toString());
        assertEquals("active", added.get("status").asText(), "asked for signed in: no invitation to accept");
        assertEquals("admin", added.get("role").asText());
        List<MimeMessage> mails = server.inbox().messagesTo(admin.admin().email());
        assertTrue(mails.stream().anyMatch(mail -> Mails.text(mail).contains("in your account now")), "the mail says it is theirs");
        JsonNode request = byReference(requests(admin.admin()).get("").body(), asked.body().get("reference").asText());
        assertEquals("approved", request.get("tins").get(0).get("status").asText());
        assertEquals("payment", request.get("tins").get(0).get("verification").asText());
    }

    @Test
    void aPersonSeesTheirOwnRequestsAndWithdrawsAPendingOneOnce() {
        PortalUsers.TinAdmin admin = PortalUsers.newTinAdmin(server, reviewer);
        String tin = TestTins.next();
        TinAccessApi.Answer asked = requests(admin.admin()).post("", "{\"tin\": \"" + tin + "\", \"proof\": \"review\"}");
        assertEquals(201, asked.status(), asked.toString());
        String reference = asked.body().get("reference").asText();
        JsonNode list = requests(admin.admin()).get("").body();
        assertEquals("pending", byReference(list, reference).get("tins").get(0).get("status").asText());
        assertTrue(list.size() >= 2, "the request that made them admin is listed too: " + list);
        String id = byReference(list, reference).get("id").asText();

        TinAccessApi.Answer withdrawn = requests(admin.admin()).post("/" + id + "/withdraw", null);

        assertEquals(200, withdrawn.status(), withdrawn.toString());
        assertEquals("withdrawn", withdrawn.body().get("tins").get(0).get("status").asText());
        assertEquals(409, requests(admin.admin()).post("/" + id + "/withdraw", null).status());
        JsonNode line = reviewer.findByReference(reference).get("tins").get(0);
        assertEquals("denied", line.get("status").asText());
        assertEquals("WITHDRAWN", line.get("reason").asText());
    }

    @Test
    void nobodyElseSeesOrWithdrawsARequestAndOnlyActiveAdminsAskFromTheConsole() {
        String reference = RequestAccessPages.open(server).requestAdminAccess(RequestAccessPages.contact(RealmUsers.uniqueEmail("other")),
                List.of(TestTins.next()));
        String id = reviewer.findByReference(reference).get("id").asText();
        PortalUsers.TinAdmin admin = PortalUsers.newTinAdmin(server, reviewer);

        assertTrue(requests(admin.admin()).get("").body().toString().contains(reference) == false);
        assertEquals(404, requests(admin.admin()).post("/" + id + "/withdraw", null).status());
        assertEquals("pending", reviewer.findByReference(reference).get("tins").get(0).get("status").asText());
        assertEquals(403, TinAccessApi.at(server, "/requests", reviewer.token()).post("", "{\"tin\": \"" + TestTins.next() + "\","
                + " \"proof\": \"review\"}").status(), "a reviewer administers no TIN");
        assertEquals(401, TinAccessApi.at(server, "/requests", null).get("").status());
    }

    @Test
    void aWrongPaymentOrTinIsRefusedWithThePagesWords() {
        PortalUsers.TinAdmin admin = PortalUsers.newTinAdmin(server, reviewer);

        TinAccessApi.Answer wrong = requests(admin.admin()).post("", "{\"tin\": \"" + paidTin + "\", \"proof\": \"check\","
                + " \"checkIdType\": \"vendor\", \"vendorNumber\": \"V-78\", \"checkNumber\": \"CHK-7777\"}");
        TinAccessApi.Answer badTin = requests(admin.admin()).post("", "{\"tin\": \"12-34\", \"proof\": \"review\"}");
        TinAccessApi.Answer noNumber = requests(admin.admin()).post("", "{\"tin\": \"" + TestTins.next() + "\", \"proof\": \"notice\","
                + " \"noticeNpi\": \"1234567893\"}");

        assertEquals(400, wrong.status());
        assertEquals("payment_no_match", wrong.body().get("error").asText());
        assertTrue(wrong.body().get("message").asText().contains("could not match"), wrong.toString());
        assertEquals("invalid_tin", badTin.body().get("error").asText());
        assertTrue(badTin.body().get("message").asText().contains("9 digits"), badTin.toString());
        assertEquals("invalid_noticeNumber", noNumber.body().get("error").asText(), noNumber.toString());
    }
}
