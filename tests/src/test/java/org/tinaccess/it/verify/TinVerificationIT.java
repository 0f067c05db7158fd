package org.tinaccess.it.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.mail.internet.MimeMessage;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.keycloak.representations.idm.EventRepresentation;
import org.tinaccess.it.support.AdminEvents;
import org.tinaccess.it.support.Await;
import org.tinaccess.it.support.IntegrationTest;
import org.tinaccess.it.support.Letters;
import org.tinaccess.it.support.JoinPages;
import org.tinaccess.it.support.Mails;
import org.tinaccess.it.support.OnBothMinors;
import org.tinaccess.it.support.PaymentRecords;
import org.tinaccess.it.support.PortalUsers;
import org.tinaccess.it.support.Providers;
import org.tinaccess.it.support.RealmSettings;
import org.tinaccess.it.support.RealmUsers;
import org.tinaccess.it.support.RequestAccessPages;
import org.tinaccess.it.support.TestNpis;
import org.tinaccess.it.support.TestTins;
import org.tinaccess.it.support.TinAccessApi;
import org.tinaccess.it.support.TinAccessServer;
import org.tinaccess.it.support.WebSession;
import org.tinaccess.settings.VerificationSettings;

/**
 * this feature's instant proof of a TIN: a payment from the plan, matched against the
 * records a reviewer uploaded, approves at once; US Mail sends a PIN letter (a real PDF, read here
 * with PDFBox) to the address of record, and the PIN from it approves once, within 30 days. Wrong
 * numbers get one answer whatever was wrong, and only 5 tries a day per TIN and per requester.
 */
@OnBothMinors
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TinVerificationIT {

    private static final Pattern PIN = Pattern.compile("PIN: ([2-9A-Z]{5}-[2-9A-Z]{5})");

    private TinAccessServer server;
    private TinAccessApi reviewer;
    private final Map<String, String> tins = new HashMap<>();
    private final Map<String, String> npis = new HashMap<>();
    /** The records this class proves against, as uploaded before its tests. */
    private String recordsCsv;
    /** The second reviewer, who confirms what {@link #reviewer} uploads. */
    private TinAccessApi confirmer;

    @BeforeAll
    void thePlansPaymentRecords(TinAccessServer server) {
        this.server = server;
        this.reviewer = TinAccessApi.asNewReviewer(server);
        for (String name : List.of("vendor", "npi", "notice", "directory", "guessed", "guessed2", "mail", "expiring", "pinLimit",
                "noAddress", "perRequester", "uploaderCase", "reviewerCase", "addressLimit", "realmLimit", "pinShared", "letterAgain")) {
            tins.put(name, TestTins.next());
        }
        for (String name : List.of("npi", "notice", "directory", "extra")) {
            npis.put(name, TestNpis.next());
        }
        String csv = "tin,vendor_number,npi,payment_number,payment_date,provider_name,address_line1,address_line2,city,state,zip\n"
                + tins.get("vendor") + ",V-100,,CHK-5001,2026-10-01,Vendor Clinic,1 First St,,Wausau,WI,54401\n"
                + tins.get("npi") + ",," + npis.get("npi") + ",EFT-7002,2026-09-01,Npi Clinic,2 Second St,,Madison,WI,53703\n"
                + tins.get("notice") + ",," + npis.get("notice") + ",NP9003,2026-08-01,Notice Clinic,3 Third St,,Eau Claire,WI,54701\n"
                + tins.get("directory") + ",," + npis.get("directory") + ",CHK-8008,2026-08-01,Directory Clinic,8 Eighth St,,Superior,WI,54880\n"
                + tins.get("guessed") + ",V-600,,CHK-6006,2026-06-01,Guessed Clinic,6 Sixth St,,Hayward,WI,54843\n"
                + tins.get("guessed2") + ",V-700,,CHK-7007,2026-06-01,Second Guess Clinic,7 Seventh St,,Hayward,WI,54843\n"
                + tins.get("mail") + ",V-400,,CHK-4004,2026-07-01,Mail Clinic,400 Lake St,Suite 4,Duluth,MN,55802\n"
                + tins.get("mail") + ",V-400,,CHK-4003,2025-07-01,Old Address Clinic,9 Old St,,Duluth,MN,55801\n"
                + tins.get("expiring") + ",V-500,,CHK-5005,2026-07-01,Expiring Clinic,5 Fifth St,,Ashland,WI,54806\n"
                + tins.get("pinLimit") + ",V-900,,CHK-9009,2026-07-01,Limit Clinic,9 Ninth St,,Ashland,WI,54806\n"
                + tins.get("perRequester") + ",V-300,,CHK-3003,2026-07-01,Patient Clinic,3 Third Ave,,Rhinelander,WI,54501\n"
                + tins.get("uploaderCase") + ",V-200,,CHK-2002,2026-07-01,Own Case Clinic,2 Second Ave,,Rhinelander,WI,54501\n"
                + tins.get("reviewerCase") + ",V-210,,CHK-2102,2026-07-01,Reviewer Case Clinic,21 Second Ave,,Rhinelander,WI,54501\n"
                + tins.get("addressLimit") + ",V-220,,CHK-2202,2026-07-01,Busy Office Clinic,22 Second Ave,,Rhinelander,WI,54501\n"
                + tins.get("realmLimit") + ",V-230,,CHK-2302,2026-07-01,Quiet Hour Clinic,23 Second Ave,,Rhinelander,WI,54501\n"
                + tins.get("pinShared") + ",V-240,,CHK-2402,2026-07-01,Shared Pin Clinic,24 Second Ave,,Rhinelander,WI,54501\n"
                + tins.get("letterAgain") + ",V-250,,CHK-2502,2026-07-01,Lost Letter Clinic,25 Second Ave,,Rhinelander,WI,54501\n";
        this.recordsCsv = csv;
        this.confirmer = TinAccessApi.asNewReviewer(server);
        TinAccessApi.Answer upload = records(reviewer).put("", "text/csv", csv);
        assertEquals(200, upload.status(), upload.toString());
        assertEquals(17, upload.body().get("added").asInt() + upload.body().get("replaced").asInt());
        assertEquals(200, records(confirmer).post("/confirm", null).status(), "a second reviewer puts them in force");
    }

    private TinAccessApi records(TinAccessApi caller) {
        return TinAccessApi.at(server, "/payment-records", caller.token());
    }

    private static Map<String, String> check(String vendor, String number) {
        return Map.of("proof", "check", "checkIdType", "vendor", "vendorNumber", vendor, "checkNumber", number);
    }

    /** A requester on the proof page of {@code tin}. */
    private RequestAccessPages onProofPage(String email, String tin) {
        return onProofPage(new WebSession(server.baseUrl()), email, tin);
    }

    /** As {@link #onProofPage(String, String)}, in {@code browser} (one from a given address). */
    private RequestAccessPages onProofPage(WebSession browser, String email, String tin) {
        return RequestAccessPages.open(server, browser).enterContact(RequestAccessPages.contact(email)).addTin(tin).next();
    }

    private WebSession from(String address) {
        return new WebSession(server.baseUrl()).comingFrom(address);
    }

    private JsonNode line(String reference) {
        return reviewer.findByReference(reference).get("tins").get(0);
    }

    @Test
    void aMatchedPaymentApprovesAtOnceByVendorNumberByNpiAndByNonPaymentNotice() {
        Map<String, Map<String, String>> proofs = Map.of(
                "vendor", check("v-100", "chk 5001"),
                "npi", Map.of("proof", "check", "checkIdType", "npi", "checkNpi", npis.get("npi"), "checkNumber", "EFT-7002"),
                "notice", Map.of("proof", "notice", "noticeNpi", npis.get("notice"), "noticeNumber", "NP9003"));
        for (Map.Entry<String, Map<String, String>> proof : proofs.entrySet()) {
            String email = RealmUsers.uniqueEmail("paid-" + proof.getKey());
            RequestAccessPages pages = onProofPage(email, tins.get(proof.getKey())).prove(proof.getValue());
            assertNotNull(pages.page().document().selectFirst("#ta-review"), proof.getKey() + ": " + pages.fieldError("proof"));
            assertTrue(pages.page().body().contains("payment matched"), pages.page().body());

            String reference = pages.submit().reference();

            assertEquals(List.of("approved"), pages.outcomes(), proof.getKey());
            List<MimeMessage> mails = server.inbox().awaitMessagesTo(email, 2);
            assertTrue(mails.stream().anyMatch(mail -> Mails.subject(mail).contains("has been approved")
                    && Mails.html(mail).selectFirst("a#activate-account") != null), proof.getKey() + ": the activation mail at once");
            JsonNode line = line(reference);
            assertEquals("approved", line.get("status").asText());
            assertTrue(line.path("decidedBy").isMissingNode() || line.get("decidedBy").isNull(), "decided by the plan's records, not a reviewer: " + line);
            assertEquals("payment", line.get("verification").asText());
            assertEquals("verified", line.get("verificationState").asText());
        }
        assertTrue(events("REGISTER", null).stream().anyMatch(event -> "notice".equals(event.getDetails().get("tinAccessVerification"))),
                "each try is an event");
    }

    @Test
    void withNoPersonDecidingOnlyTheTypedNpisThePlansRecordsShowReachTheProviderAndTheJoinPageFindsThem() {
        String email = RealmUsers.uniqueEmail("directory");
        RequestAccessPages pages = onProofPage(email, tins.get("directory")).prove(Map.of("proof", "check", "checkIdType", "npi",
                "checkNpi", npis.get("directory"), "checkNumber", "CHK-8008", "npis", npis.get("directory") + ", " + npis.get("extra")));
        String reference = pages.submit().reference();
        assertEquals(List.of("approved"), pages.outcomes());
        assertEquals(List.of(npis.get("directory"), npis.get("extra")), texts(line(reference).get("npis")), "the line keeps what was typed");

        assertEquals(List.of(npis.get("directory")), Providers.full(server, tins.get("directory")).getAttributes().get("npi"),
                "the NPI the records show is the provider's; the other waits for a person");
        List<String> found = new JoinPages(server).searchByNpi(npis.get("directory")).providerNames();
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).startsWith("Northwoods Clinic"), found.toString());
        assertEquals(List.of(), new JoinPages(server).searchByNpi(npis.get("extra")).providerNames());
    }

    @Test
    void anNpiAnotherProviderHoldsIsNotGivenToASecondOneEvenByAReviewer() {
        String held = npis.get("npi");
        PortalUsers.newTinAdmin(server, reviewer, List.of(held));
        String fresh = TestNpis.next();
        String otherTin = TestTins.next();
        String reference = RequestAccessPages.open(server).requestAdminAccess(RequestAccessPages.contact(RealmUsers.uniqueEmail("npi-claimant")),
                otherTin, Map.of("proof", "review", "npis", held + ", " + fresh));

        assertEquals(200, reviewer.approve(reviewer.findByReference(reference).get("id").asText(), otherTin).status());

        assertEquals(List.of(fresh), Providers.full(server, otherTin).getAttributes().get("npi"), "a reviewer confirms the NPI nobody held");
        assertEquals(1, new JoinPages(server).searchByNpi(held).providerNames().size(), "the held NPI still finds one provider");
    }

    @Test
    void aPaymentMatchedOnRecordsTheRequesterUploadedOrAsAReviewerWaitsForAnotherReviewer() {
        // The reviewer who uploaded the records, then a reviewer who did not, each asks for a TIN for themselves.
        TinAccessApi otherReviewer = TinAccessApi.asNewReviewer(server);
        Map<String, TinAccessApi> cases = Map.of("uploaderCase", reviewer, "reviewerCase", otherReviewer);
        Map<String, String[]> numbers = Map.of("uploaderCase", new String[] {"V-200", "CHK-2002"}, "reviewerCase", new String[] {"V-210", "CHK-2102"});
        Map<String, String> references = new HashMap<>();
        for (Map.Entry<String, TinAccessApi> ownCase : cases.entrySet()) {
            String tin = tins.get(ownCase.getKey());
            TinAccessApi requester = ownCase.getValue();
            String email = server.realm().users().get(requester.userId()).toRepresentation().getEmail();
            String[] paid = numbers.get(ownCase.getKey());
            RequestAccessPages pages = onProofPage(email, tin).prove(check(paid[0], paid[1]));
            assertTrue(pages.page().body().contains("payment matched"), ownCase.getKey() + ": " + pages.page().body());

            String reference = pages.submit().reference();
            references.put(ownCase.getKey(), reference);

            assertEquals(List.of("payment_review"), pages.outcomes(), ownCase.getKey() + ": matched, and left for a reviewer");
            JsonNode line = line(reference);
            assertEquals("pending", line.get("status").asText(), ownCase.getKey() + ": " + line);
            assertEquals("verified", line.get("verificationState").asText());
            assertTrue(Providers.withTin(server, tin).isEmpty(), ownCase.getKey() + ": nobody became the TIN's admin");
        }
        String byHand = otherReviewer.findByReference(references.get("reviewerCase")).get("id").asText();
        assertEquals("own_request", otherReviewer.approve(byHand, tins.get("reviewerCase")).body().path("error").asText(),
                "nor does the reviewer decide it by hand");
    }

    @Test
    void wrongNumbersGetOneAnswerWhateverWasWrongAndOneAddressesSixthTryOnATinIsRefusedWhileTheOwnerElsewhereProvesIt() {
        String tin = tins.get("guessed");
        String guesser = "10.51.100.1";
        List<Map<String, String>> wrong = List.of(
                check("V-601", "CHK-6006"),
                check("V-600", "CHK-6007"),
                Map.of("proof", "check", "checkIdType", "npi", "checkNpi", TestNpis.next(), "checkNumber", "CHK-6006"),
                Map.of("proof", "notice", "noticeNpi", TestNpis.next(), "noticeNumber", "NP6006"),
                check("V-600", "NP-6006"));
        List<String> answers = new ArrayList<>();
        for (Map<String, String> guess : wrong) {
            // A different requester each time: the TIN's count for this address stops the guessing.
            RequestAccessPages pages = onProofPage(from(guesser), RealmUsers.uniqueEmail("guess"), tin).prove(guess);
            assertEquals(200, pages.page().status());
            answers.add(pages.fieldError("proof"));
        }
        RequestAccessPages unknownTin = onProofPage(from(guesser), RealmUsers.uniqueEmail("unknown"), TestTins.next())
                .prove(check("V-600", "CHK-6006"));
        answers.add(unknownTin.fieldError("proof"));
        assertEquals(1, answers.stream().distinct().count(), "one answer for every wrong number and for a TIN the plan does not know: " + answers);
        assertTrue(answers.get(0).contains("could not match"), answers.get(0));

        RequestAccessPages right = onProofPage(from(guesser), RealmUsers.uniqueEmail("late"), tin).prove(check("V-600", "CHK-6006"));

        assertEquals(429, right.page().status());
        assertTrue(right.fieldError("proof").contains("too many tries"), right.fieldError("proof"));
        assertNull(right.page().document().selectFirst("#ta-review"));
        assertTrue(events("REGISTER_ERROR", "verification_failed").size() >= 5);
        assertTrue(limitsMet().contains("target-address"), limitsMet().toString());

        RequestAccessPages owner = onProofPage(from("192.168.113.10"), RealmUsers.uniqueEmail("owner"), tin).prove(check("V-600", "CHK-6006"));
        assertNotNull(owner.page().document().selectFirst("#ta-review"), "a stranger's guesses do not lock the owner out: "
                + owner.fieldError("proof"));
    }

    @Test
    void oneAddressGuessingAcrossTinsAndMailboxesIsStoppedPastItsDailyLimit() {
        String office = "10.51.100.20";
        try (RealmSettings limit = RealmSettings.temporarily(server, Map.of(VerificationSettings.FAILED_TRIES_PER_ADDRESS_PER_DAY, "3"))) {
            for (int i = 0; i < 3; i++) {
                RequestAccessPages pages = onProofPage(from(office), RealmUsers.uniqueEmail("spread"), TestTins.next())
                        .prove(check("V-220", "CHK-2202"));
                assertTrue(pages.fieldError("proof").contains("could not match"), pages.fieldError("proof"));
            }

            RequestAccessPages right = onProofPage(from(office), RealmUsers.uniqueEmail("spread"), tins.get("addressLimit"))
                    .prove(check("V-220", "CHK-2202"));

            assertEquals(429, right.page().status());
            assertTrue(limitsMet().contains("address"), limitsMet().toString());
            RequestAccessPages elsewhere = onProofPage(from("192.168.113.20"), RealmUsers.uniqueEmail("elsewhere"), tins.get("addressLimit"))
                    .prove(check("V-220", "CHK-2202"));
            assertNotNull(elsewhere.page().document().selectFirst("#ta-review"), elsewhere.fieldError("proof"));
        }
    }

    @Test
    void failedProofsAcrossTheRealmAreBoundedPerHourWhateverTheAddressMailboxOrTin() {
        try (RealmSettings limit = RealmSettings.temporarily(server, Map.of(VerificationSettings.FAILED_TRIES_PER_REALM_PER_HOUR, "1"))) {
            // The hour's one failed try: this one, or one an earlier test made.
            onProofPage(from("10.51.100.30"), RealmUsers.uniqueEmail("hour"), TestTins.next()).prove(check("V-230", "CHK-2302"));

            RequestAccessPages right = onProofPage(from("192.168.113.30"), RealmUsers.uniqueEmail("hour"), tins.get("realmLimit"))
                    .prove(check("V-230", "CHK-2302"));

            assertEquals(429, right.page().status());
            assertTrue(limitsMet().contains("realm"), limitsMet().toString());
        }
    }

    @Test
    void aRequesterWithFiveWrongTriesTodayIsRefusedOnAnotherTinToo() {
        String email = RealmUsers.uniqueEmail("persistent");
        for (int i = 0; i < 5; i++) {
            RequestAccessPages pages = onProofPage(email, TestTins.next()).prove(check("V-300", "CHK-3003"));
            assertTrue(pages.fieldError("proof").contains("could not match"), pages.fieldError("proof"));
        }

        RequestAccessPages right = onProofPage(email, tins.get("perRequester")).prove(check("V-300", "CHK-3003"));

        assertEquals(429, right.page().status());
        RequestAccessPages someoneElse = onProofPage(RealmUsers.uniqueEmail("other"), tins.get("perRequester")).prove(check("V-300", "CHK-3003"));
        assertNotNull(someoneElse.page().document().selectFirst("#ta-review"), "the TIN itself was not guessed at");
    }

    @Test
    void usMailSendsAPinLetterToTheAddressOfRecordAndItsPinApprovesOnce() throws Exception {
        String email = RealmUsers.uniqueEmail("mail");
        String tin = tins.get("mail");
        RequestAccessPages pages = onProofPage(email, tin).prove(Map.of("proof", "mail"));
        String reference = pages.submit().reference();
        assertEquals(List.of("pin"), pages.outcomes());

        String letter = Letters.text(reference);
        assertTrue(letter.contains("Mail Clinic") && letter.contains("400 Lake St") && letter.contains("Suite 4")
                && letter.contains("Duluth, MN 55802"), "the latest payment's address: " + letter);
        assertFalse(letter.contains("Old Address Clinic") || letter.contains(email), letter);
        assertTrue(letter.contains("Tax ID ending " + tin.substring(5)) && letter.contains("Jane Doe"), letter);
        String pin = pin(letter);
        assertPinStoredOnlyAsHash(pin);

        String link = pinLink(email);
        WebSession browser = new WebSession(server.baseUrl());
        WebSession.Page page = browser.get(link);
        assertTrue(page.body().contains("Tax ID ending " + tin.substring(5)), page.body());
        assertTrue(page.document().text().contains("No letter after 10 business days?"), "the page says what happens without a letter");
        WebSession.Page wrong = enterPin(browser, page, "AAAAA-BBBBB");
        assertTrue(wrong.body().contains("does not match"), wrong.body());

        WebSession.Page right = enterPin(browser, wrong, pin.toLowerCase().replace("-", " "));

        assertNotNull(right.document().selectFirst("#ta-pin-confirmed"), right.body());
        assertTrue(right.body().contains("is approved"), right.body());
        Await.until("the activation e-mail", Duration.ofSeconds(15), () -> server.inbox().messagesTo(email),
                mails -> mails.stream().anyMatch(mail -> Mails.subject(mail).contains("has been approved")));
        JsonNode line = line(reference);
        assertEquals("approved", line.get("status").asText());
        assertEquals("pin_verified", line.get("verificationState").asText());
        WebSession.Page again = new WebSession(server.baseUrl()).get(link);
        assertNotNull(again.document().selectFirst("#ta-pin-nothing"), "the PIN is used once: " + again.body());
    }

    @Test
    void withoutTheLetterAfterFiveBusinessDaysTheRequesterAsksForAnotherAndOnlyItsNewPinWorks() throws Exception {
        String email = RealmUsers.uniqueEmail("letter-again");
        String reference = onProofPage(email, tins.get("letterAgain")).prove(Map.of("proof", "mail")).submit().reference();
        String firstPin = pin(Letters.text(reference));
        String link = pinLink(email);
        String lineId = pinLineId(email);
        WebSession browser = new WebSession(server.baseUrl());
        WebSession.Page page = browser.get(link);
        assertNull(page.document().selectFirst("#ta-pin-letter-0"), "no second letter within five business days");
        assertNotNull(page.document().selectFirst("#ta-pin-letter-from-0"), "the page says from when: " + page.body());
        WebSession.Page early = browser.submit(page.form(".ta-pin-letter"), Map.of());
        assertEquals(409, early.status(), early.body());

        // The request's clock moved eight days back: it came in a week and a day ago.
        try (Connection db = server.database().orElseThrow().connect();
                PreparedStatement update = db.prepareStatement("UPDATE TA_REQUEST_TIN SET RECEIVED_AT = RECEIVED_AT - ? WHERE ID = ?")) {
            update.setLong(1, Duration.ofDays(8).toMillis());
            update.setString(2, lineId);
            assertEquals(1, update.executeUpdate());
        }
        page = browser.get(link);
        assertNotNull(page.document().selectFirst("#ta-pin-letter-0"), page.body());
        WebSession.Page sent = browser.submit(page.form(".ta-pin-letter"), Map.of());

        assertEquals(200, sent.status(), sent.body());
        assertNotNull(sent.document().selectFirst("#ta-pin-letter-sent"), sent.body());
        assertNull(sent.document().selectFirst("#ta-pin-letter-0"), "the next one only five business days later");
        String secondPin = Await.until("the second letter", Duration.ofSeconds(15), () -> newestPin(reference), found -> !found.equals(firstPin));
        WebSession.Page old = enterPin(browser, sent, firstPin);
        assertTrue(old.body().contains("does not match"), "the first letter's PIN no longer works: " + old.body());
        WebSession.Page right = enterPin(browser, old, secondPin);
        assertNotNull(right.document().selectFirst("#ta-pin-confirmed"), right.body());
    }

    @Test
    void aPinNoLongerWorksThirtyDaysAfterItWasMailedAndTheTinWaitsForAReviewer() throws Exception {
        String email = RealmUsers.uniqueEmail("late-pin");
        String reference = onProofPage(email, tins.get("expiring")).prove(Map.of("proof", "mail")).submit().reference();
        String pin = pin(Letters.text(reference));
        String lineId = pinLineId(email);
        try (Connection db = server.database().orElseThrow().connect()) {
            long[] times = pinTimes(db, lineId);
            assertEquals(Duration.ofDays(30).toMillis(), times[1] - times[0], "a PIN lives 30 days");
            // The PIN's clock moved 30 days and a minute back: the letter went out a month ago.
            long back = Duration.ofDays(30).plusMinutes(1).toMillis();
            try (PreparedStatement update = db.prepareStatement(
                    "UPDATE TA_MAILED_PIN SET ISSUED_AT = ISSUED_AT - ?, EXPIRES_AT = EXPIRES_AT - ? WHERE LINE_ID = ?")) {
                update.setLong(1, back);
                update.setLong(2, back);
                update.setString(3, lineId);
                assertEquals(1, update.executeUpdate());
            }
        }
        WebSession browser = new WebSession(server.baseUrl());

        WebSession.Page refused = enterPin(browser, browser.get(pinLink(email)), pin);

        assertTrue(refused.body().contains("does not match, or it is no longer valid"), refused.body());
        JsonNode line = line(reference);
        assertEquals("pending", line.get("status").asText());
        assertEquals("mail", line.get("verification").asText());
        assertEquals("letter_sent", line.get("verificationState").asText());
    }

    @Test
    void withoutAnAddressOfRecordNoLetterGoesYetTheRequesterReadsTheSameWords() throws Exception {
        String email = RealmUsers.uniqueEmail("no-address");
        RequestAccessPages pages = onProofPage(email, tins.get("noAddress")).prove(Map.of("proof", "mail"));
        String reference = pages.submit().reference();
        String words = pages.page().document().selectFirst("#ta-outcomes li").ownText();

        RequestAccessPages known = onProofPage(RealmUsers.uniqueEmail("known"), TestTins.next()).prove(Map.of("proof", "mail"));
        known.submit();
        assertEquals(words, known.page().document().selectFirst("#ta-outcomes li").ownText());

        assertTrue(Letters.newest(reference).isEmpty(), "no letter");
        assertEquals("no_address", line(reference).get("verificationState").asText());
        WebSession browser = new WebSession(server.baseUrl());
        WebSession.Page page = enterPin(browser, browser.get(pinLink(email)), "ABCDE-23456");
        assertTrue(page.body().contains("does not match"), "the PIN page cannot tell either: " + page.body());
    }

    @Test
    void aStrangersWrongPinsOnTheSameTinLeaveTheOwnersPinWorking() throws Exception {
        String tin = tins.get("pinShared");
        String ownerEmail = RealmUsers.uniqueEmail("pin-owner");
        String ownerReference = onProofPage(from("192.168.113.40"), ownerEmail, tin).prove(Map.of("proof", "mail")).submit().reference();
        String strangerEmail = RealmUsers.uniqueEmail("pin-stranger");
        onProofPage(from("10.51.100.40"), strangerEmail, tin).prove(Map.of("proof", "mail")).submit();
        WebSession stranger = from("10.51.100.40");
        WebSession.Page page = stranger.get(pinLink(strangerEmail));
        for (int i = 0; i < 5; i++) {
            page = enterPin(stranger, page, "ZZZZZ-3333" + (i + 2));
            assertTrue(page.body().contains("does not match"), page.body());
        }
        assertEquals(429, enterPin(stranger, page, "ZZZZZ-44444").status(), "the stranger is stopped");

        WebSession owner = from("192.168.113.40");
        WebSession.Page confirmed = enterPin(owner, owner.get(pinLink(ownerEmail)), pin(Letters.text(ownerReference)));

        assertNotNull(confirmed.document().selectFirst("#ta-pin-confirmed"), confirmed.body());
        assertEquals("approved", line(ownerReference).get("status").asText());
    }

    @Test
    void wrongPinsAreLimitedToFiveADay() throws Exception {
        String email = RealmUsers.uniqueEmail("pin-guess");
        String reference = onProofPage(email, tins.get("pinLimit")).prove(Map.of("proof", "mail")).submit().reference();
        String pin = pin(Letters.text(reference));
        WebSession browser = new WebSession(server.baseUrl());
        WebSession.Page page = browser.get(pinLink(email));
        for (int i = 0; i < 5; i++) {
            page = enterPin(browser, page, "ZZZZZ-2222" + (i + 2));
            assertTrue(page.body().contains("does not match"), page.body());
        }

        WebSession.Page refused = enterPin(browser, page, pin);

        assertEquals(429, refused.status());
        assertTrue(refused.body().contains("too many tries"), refused.body());
        assertEquals("pending", line(reference).get("status").asText());
    }

    @Test
    void anUploadAddsOrReplacesByTinAndPaymentNumberAndReplacingEverythingIsConfirmedWithTheCountItRemoves() {
        String header = "tin,vendor_number,npi,payment_number,payment_date,provider_name,address_line1,address_line2,city,state,zip\n";
        String tin = TestTins.next();
        int before = records(reviewer).get("").body().get("records").asInt();

        TinAccessApi.Answer added = records(reviewer).put("", "text/csv", header + tin + ",V-800,,CHK-8001,2026-07-01,First Name Clinic,1 A St,,Wausau,WI,54401\n");
        TinAccessApi.Answer replaced = records(reviewer).put("", "text/csv", header + tin + ",V-800,,CHK-8001,2026-07-02,Renamed Clinic,2 B St,,Wausau,WI,54401\n"
                + tin + ",V-800,,CHK-8002,2026-08-01,Renamed Clinic,2 B St,,Wausau,WI,54401\n");

        assertEquals(List.of(1, 0, 0, before + 1), counts(added));
        assertEquals(List.of(1, 1, 0, before + 2), counts(replaced), "the payment of the same TIN and number is replaced, the rest kept");
        RequestAccessPages stillProved = onProofPage(RealmUsers.uniqueEmail("kept"), tins.get("directory"))
                .prove(Map.of("proof", "check", "checkIdType", "npi", "checkNpi", npis.get("directory"), "checkNumber", "CHK-8008"));
        assertNotNull(stillProved.page().document().selectFirst("#ta-review"), "earlier uploads still prove: " + stillProved.fieldError("proof"));

        TinAccessApi.Answer unconfirmed = TinAccessApi.at(server, "/payment-records?replace=all", reviewer.token()).put("", "text/csv", recordsCsv);
        TinAccessApi.Answer miscounted = TinAccessApi.at(server, "/payment-records?replace=all&confirmRecords=" + before, reviewer.token())
                .put("", "text/csv", recordsCsv);
        assertEquals(409, unconfirmed.status(), unconfirmed.toString());
        assertEquals("confirm_replace_all", unconfirmed.body().path("error").asText());
        assertEquals("confirm_replace_all", miscounted.body().path("error").asText());
        assertEquals(before + 2, records(reviewer).get("").body().get("records").asInt(), "nothing was replaced");

        TinAccessApi.Answer all = TinAccessApi.at(server, "/payment-records?replace=all&confirmRecords=" + (before + 2), reviewer.token())
                .put("", "text/csv", recordsCsv);

        assertEquals(List.of(17, 0, before + 2, 17), counts(all));
        assertEquals(200, records(confirmer).post("/confirm", null).status(), "the replaced records go back in force");
        assertTrue(AdminEvents.query(server, "resourcePath=tin-access/payment-records").events().stream()
                        .map(event -> event.getDetails() == null ? Map.<String, String>of() : event.getDetails())
                        .anyMatch(details -> "replace-all".equals(details.get("mode")) && String.valueOf(before + 2).equals(details.get("removed"))),
                "the upload is an admin event with its counts");
    }

    private static List<Integer> counts(TinAccessApi.Answer upload) {
        assertEquals(200, upload.status(), upload.toString());
        return List.of(upload.body().get("added").asInt(), upload.body().get("replaced").asInt(), upload.body().get("removed").asInt(),
                upload.body().get("records").asInt());
    }

    @Test
    void uploadedRecordsProveNothingUntilAReviewerOtherThanTheUploaderConfirmsThem() {
        String tin = TestTins.next();
        TinAccessApi.Answer upload = records(reviewer).put("", "text/csv", PaymentRecords.HEADER
                + tin + ",V-250,,CHK-2502,2026-07-01,Unconfirmed Clinic,25 Second Ave,,Rhinelander,WI,54501\n");
        assertEquals(1, upload.body().get("unconfirmed").asInt(), upload.toString());
        RequestAccessPages waiting = onProofPage(RealmUsers.uniqueEmail("too-early"), tin).prove(check("V-250", "CHK-2502"));
        assertTrue(waiting.fieldError("proof").contains("could not match"), "an unconfirmed record matches nothing: " + waiting.fieldError("proof"));

        TinAccessApi.Answer ownConfirm = records(reviewer).post("/confirm", null);
        assertEquals(0, ownConfirm.body().get("confirmed").asInt(), "nobody confirms their own upload: " + ownConfirm);
        assertEquals(1, ownConfirm.body().get("ownStillWaiting").asInt());
        TinAccessApi.Answer confirmed = records(confirmer).post("/confirm", null);
        assertEquals(1, confirmed.body().get("confirmed").asInt(), confirmed.toString());

        RequestAccessPages proved = onProofPage(RealmUsers.uniqueEmail("in-force"), tin).prove(check("V-250", "CHK-2502"));
        assertNotNull(proved.page().document().selectFirst("#ta-review"), proved.fieldError("proof"));
        assertEquals(401, TinAccessApi.at(server, "/payment-records", null).post("/confirm", null).status());
    }

    @Test
    void onlyReviewersUploadRecordsAndABadFileChangesNothing() {
        int before = records(reviewer).get("").body().get("records").asInt();
        String user = PortalUsers.newTinAdmin(server, reviewer).admin().apiToken();

        assertEquals(401, TinAccessApi.at(server, "/payment-records", null).put("", "text/csv", "tin\n").status());
        assertEquals(403, records(new TinAccessApi(server, user)).put("", "text/csv", "tin\n").status());
        assertEquals(403, records(new TinAccessApi(server, user)).get("").status());
        TinAccessApi.Answer bad = records(reviewer).put("", "text/csv",
                "tin,vendor_number,npi,payment_number,payment_date,provider_name,address_line1,address_line2,city,state,zip\n"
                        + "123,V1,,1,2026-01-01,X,1 St,,Town,WI,54401\n");

        assertEquals(400, bad.status());
        assertEquals("invalid_csv", bad.body().get("error").asText());
        assertTrue(bad.body().get("message").asText().contains("Line 2: tin"), bad.toString());
        assertEquals(before, records(reviewer).get("").body().get("records").asInt(), "the records stay as they were");
    }

    /** The limits that refused a try, as the refusals' events name them. */
    private List<String> limitsMet() {
        return events("REGISTER_ERROR", "verification_limit").stream().map(event -> event.getDetails().get("limit")).toList();
    }

    private List<EventRepresentation> events(String type, String error) {
        return server.realm().getEvents(List.of(type), null, null, null, null, null, 0, 1000).stream()
                .filter(event -> event.getDetails() != null && event.getDetails().containsKey("tinAccessVerification"))
                .filter(event -> error == null || error.equals(event.getError()))
                .toList();
    }

    private static List<String> texts(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asText()));
        return values;
    }

    private static String newestPin(String reference) {
        return pin(Letters.text(reference));
    }

    private static String pin(String letter) {
        Matcher pin = PIN.matcher(letter);
        assertTrue(pin.find(), letter);
        return pin.group(1);
    }

    private String pinLink(String email) {
        MimeMessage ack = server.inbox().awaitMessageTo(email);
        Element link = Mails.html(ack).selectFirst("a[href*='/tin-access/pin?key=']");
        assertNotNull(link, Mails.text(ack));
        return link.attr("href");
    }

    private static WebSession.Page enterPin(WebSession browser, WebSession.Page page, String pin) {
        return browser.submit(page.form(".ta-pin-form"), Map.of("pin", pin));
    }

    private String pinLineId(String email) {
        return Optional.ofNullable(pinPageLine(email)).orElseThrow();
    }

    private String pinPageLine(String email) {
        WebSession.Page page = new WebSession(server.baseUrl()).get(pinLink(email));
        Element line = page.document().selectFirst(".ta-pin-form input[name=line]");
        return line == null ? null : line.val();
    }

    private void assertPinStoredOnlyAsHash(String pin) throws SQLException {
        try (Connection db = server.database().orElseThrow().connect();
                ResultSet rows = db.createStatement().executeQuery("SELECT * FROM TA_MAILED_PIN")) {
            int columns = rows.getMetaData().getColumnCount();
            while (rows.next()) {
                for (int i = 1; i <= columns; i++) {
                    String value = String.valueOf(rows.getObject(i));
                    assertFalse(value.contains(pin) || value.contains(pin.replace("-", "")), "a PIN in clear in column " + i);
                }
            }
        }
    }

    private static long[] pinTimes(Connection db, String lineId) throws SQLException {
        try (PreparedStatement select = db.prepareStatement("SELECT ISSUED_AT, EXPIRES_AT FROM TA_MAILED_PIN WHERE LINE_ID = ?")) {
            select.setString(1, lineId);
            try (ResultSet row = select.executeQuery()) {
                assertTrue(row.next());
                return new long[] {row.getLong(1), row.getLong(2)};
            }
        }
    }
}
