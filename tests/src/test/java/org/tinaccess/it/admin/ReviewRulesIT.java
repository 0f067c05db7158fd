package org.tinaccess.it.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.keycloak.representations.idm.AdminEventRepresentation;
import org.tinaccess.it.support.Concurrently;
import org.tinaccess.it.support.IntegrationTest;
import org.tinaccess.it.support.Mails;
import org.tinaccess.it.support.Providers;
import org.tinaccess.it.support.RealmSettings;
import org.tinaccess.it.support.RealmUsers;
import org.tinaccess.it.support.RequestAccessPages;
import org.tinaccess.it.support.TestTins;
import org.tinaccess.it.support.TinAccessApi;
import org.tinaccess.it.support.TinAccessServer;
import org.tinaccess.settings.FormLimits;

/** The reviewers' rules (one admin per TIN, each TIN decided on its own), each proved against the real server and database. */
@IntegrationTest
class ReviewRulesIT {

    private static String requestId(TinAccessServer server, TinAccessApi reviewer, String email, String... tins) {
        String reference = RequestAccessPages.open(server).requestAdminAccess(RequestAccessPages.contact(email), List.of(tins));
        return reviewer.findByReference(reference).get("id").asText();
    }

    @Test
    void onlyTheEarliestPendingRequestForATinCanBeApproved(TinAccessServer server) {
        TinAccessApi reviewer = TinAccessApi.asNewReviewer(server);
        String tin = TestTins.next();
        requestId(server, reviewer, RealmUsers.uniqueEmail("first"), tin);
        String second = requestId(server, reviewer, RealmUsers.uniqueEmail("second"), tin);

        TinAccessApi.Answer answer = reviewer.approve(second, tin);

        assertEquals(409, answer.status());
        assertEquals("not_first_in_line", answer.body().get("error").asText());
    }

    @Test
    void approvingATinDeniesEveryOtherPendingRequestForItAndMailsThoseRequesters(TinAccessServer server) {
        TinAccessApi reviewer = TinAccessApi.asNewReviewer(server);
        String tin = TestTins.next();
        String otherTin = TestTins.next();
        String first = requestId(server, reviewer, RealmUsers.uniqueEmail("first"), tin);
        String laterEmail = RealmUsers.uniqueEmail("later");
        String later = requestId(server, reviewer, laterEmail, tin, otherTin);

        assertEquals(200, reviewer.approve(first, tin).status());

        JsonNode laterRequest = reviewer.get("/" + later).body();
        JsonNode deniedLine = line(laterRequest, tin);
        assertEquals("denied", deniedLine.get("status").asText());
        assertEquals("ADMIN_EXISTS", deniedLine.get("reason").asText());
        assertEquals("pending", line(laterRequest, otherTin).get("status").asText(), "the request's other TIN stays undecided");
        String denial = Mails.text(server.inbox().awaitMessagesTo(laterEmail, 2).get(1));
        assertTrue(denial.contains("An Admin already exists for this Tax ID"), denial);
    }

    @Test
    void aTinThatAlreadyHasAnAdminCannotBeApproved(TinAccessServer server) {
        TinAccessApi reviewer = TinAccessApi.asNewReviewer(server);
        String tin = TestTins.next();
        assertEquals(200, reviewer.approve(requestId(server, reviewer, RealmUsers.uniqueEmail("admin"), tin), tin).status());
        // With disclosure at-review the page accepts the TIN; the reviewer cannot approve it.
        String late = requestId(server, reviewer, RealmUsers.uniqueEmail("late"), tin);

        TinAccessApi.Answer answer = reviewer.approve(late, tin);

        assertEquals(409, answer.status());
        assertEquals("admin_exists", answer.body().get("error").asText());
    }

    @Test
    void aDecidedTinCannotBeDecidedAgain(TinAccessServer server) {
        TinAccessApi reviewer = TinAccessApi.asNewReviewer(server);
        String tin = TestTins.next();
        String id = requestId(server, reviewer, RealmUsers.uniqueEmail("decided"), tin);
        assertEquals(200, reviewer.deny(id, tin, "{\"reason\":\"THIRD_PARTY\"}").status());

        assertEquals("already_decided", reviewer.approve(id, tin).body().get("error").asText());
        TinAccessApi.Answer again = reviewer.deny(id, tin, "{\"reason\":\"TIN_NOT_ENROLLED\"}");
        assertEquals(409, again.status());
        assertEquals("already_decided", again.body().get("error").asText());
    }

    @Test
    void denialBodyIsValidatedAndOtherNeedsANote(TinAccessServer server) {
        TinAccessApi reviewer = TinAccessApi.asNewReviewer(server);
        String tin = TestTins.next();
        String id = requestId(server, reviewer, RealmUsers.uniqueEmail("validated"), tin);

        assertError(reviewer.deny(id, tin, "{\"reason\":\"OTHER\"}"), 400, "note_required");
        assertError(reviewer.deny(id, tin, "{\"reason\":\"BECAUSE\"}"), 400, "invalid_reason");
        assertError(reviewer.deny(id, tin, "not json"), 400, "invalid_json");
        assertError(reviewer.deny(id, tin, "{\"reason\":\"OTHER\",\"note\":\"" + "x".repeat(1001) + "\"}"), 400, "note_too_long");
        assertEquals("pending", line(reviewer.get("/" + id).body(), tin).get("status").asText(), "refused input changes nothing");

        TinAccessApi.Answer denied = reviewer.deny(id, tin, "{\"reason\":\"OTHER\",\"note\":\"Please call us.\"}");
        assertEquals(200, denied.status());
        assertEquals("Please call us.", line(denied.body(), tin).get("note").asText());
    }

    @Test
    void listIsOldestFirstAndFiltersByStatusTinAndText(TinAccessServer server) {
        TinAccessApi reviewer = TinAccessApi.asNewReviewer(server);
        String tin = TestTins.next();
        String older = requestId(server, reviewer, RealmUsers.uniqueEmail("older"), tin);
        String newer = requestId(server, reviewer, RealmUsers.uniqueEmail("newer"), tin);

        JsonNode byTin = reviewer.get("?tin=" + tin).body();
        assertEquals(2, byTin.get("total").asInt());
        assertEquals(older, byTin.get("items").get(0).get("id").asText());
        assertEquals(newer, byTin.get("items").get(1).get("id").asText());
        assertEquals(1, reviewer.get("?tin=" + tin + "&max=1").body().get("items").size());
        assertEquals(0, reviewer.get("?tin=" + tin + "&status=decided").body().get("total").asInt());
        assertError(reviewer.get("?status=maybe"), 400, "invalid_status");
        assertError(reviewer.get("?tin=12345"), 400, "invalid_tin");
        assertError(reviewer.get("?max=0"), 400, "invalid_paging");
    }

    @Test
    void theApiRefusesCallersWithoutATokenOrTheReviewerRole(TinAccessServer server) {
        TinAccessApi reviewer = TinAccessApi.asNewReviewer(server);
        String tin = TestTins.next();
        String id = requestId(server, reviewer, RealmUsers.uniqueEmail("guarded"), tin);

        TinAccessApi anonymous = new TinAccessApi(server, null);
        assertError(anonymous.get(""), 401, "unauthorized");
        assertError(anonymous.approve(id, tin), 401, "unauthorized");
        assertError(new TinAccessApi(server, "not-a-token").get(""), 401, "unauthorized");
        // A valid token of another realm (the master admin's) is no token here.
        assertError(new TinAccessApi(server, server.admin().tokenManager().getAccessTokenString()).get(""), 401, "unauthorized");

        String plainEmail = RealmUsers.uniqueEmail("plain");
        RealmUsers.create(server, plainEmail, RealmUsers.PASSWORD);
        TinAccessApi plainUser = new TinAccessApi(server, RealmUsers.signIn(server, plainEmail, RealmUsers.PASSWORD));
        assertError(plainUser.get(""), 403, "forbidden");
        assertError(plainUser.get("/" + id), 403, "forbidden");
        assertError(plainUser.approve(id, tin), 403, "forbidden");
        assertEquals("pending", line(reviewer.get("/" + id).body(), tin).get("status").asText());

        assertError(reviewer.get("/no-such-request"), 404, "not_found");
        assertError(reviewer.approve(id, TestTins.next()), 404, "not_found");
    }

    @Test
    void everyDecisionIsRecordedInTheRealmsAdminEventsWithItsReviewer(TinAccessServer server) {
        TinAccessApi reviewer = TinAccessApi.asNewReviewer(server);
        String approvedTin = TestTins.next();
        String deniedTin = TestTins.next();
        String id = requestId(server, reviewer, RealmUsers.uniqueEmail("audited"), approvedTin, deniedTin);
        String competing = requestId(server, reviewer, RealmUsers.uniqueEmail("audited-second"), approvedTin);

        reviewer.approve(id, approvedTin);
        reviewer.deny(id, deniedTin, "{\"reason\":\"THIRD_PARTY\"}");

        // The approval denied the competing request for the same TIN: a decision of its own, recorded with the reviewer.
        List<AdminEventRepresentation> withIt = server.realm().getAdminEvents().stream()
                .filter(event -> event.getResourcePath() != null && event.getResourcePath().contains(competing))
                .toList();
        assertEquals(1, withIt.size(), withIt.toString());
        assertEquals("denied", withIt.get(0).getDetails().get("decision"));
        assertEquals("ADMIN_EXISTS", withIt.get(0).getDetails().get("reason"));
        assertEquals(reviewer.userId(), withIt.get(0).getAuthDetails().getUserId());

        List<AdminEventRepresentation> events = server.realm().getAdminEvents().stream()
                .filter(event -> event.getResourcePath() != null && event.getResourcePath().contains(id))
                .toList();
        assertEquals(2, events.size(), events.toString());
        for (AdminEventRepresentation event : events) {
            assertEquals("ORGANIZATION", event.getResourceType());
            assertEquals("TIN_ACCESS_ADMIN_REQUEST", event.getDetails().get("tinAccessKind"));
            assertEquals("ACTION", event.getOperationType());
            assertEquals(reviewer.userId(), event.getAuthDetails().getUserId());
        }
        assertTrue(events.stream().anyMatch(event -> event.getResourcePath().endsWith("/tins/" + approvedTin)));
        assertTrue(events.stream().anyMatch(event -> event.getResourcePath().endsWith("/tins/" + deniedTin)));
    }

    @Test
    void twentyConcurrentApprovalsDenialsAndATransferForOneTinMakeExactlyOneAdminAndLeaveNoTraceOfTheLosers(TinAccessServer server)
            throws Exception {
        TinAccessApi reviewer = TinAccessApi.asNewReviewer(server);
        TinAccessApi secondReviewer = TinAccessApi.asNewReviewer(server);
        String tin = TestTins.next();
        List<String> emails = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        // Twenty open requests for one TIN are more than the public form lets through by default.
        try (RealmSettings limits = RealmSettings.temporarily(server, Map.of(FormLimits.OPEN_PER_TIN, "50", FormLimits.PER_TIN_PER_DAY, "50"))) {
            for (int i = 0; i < 20; i++) {
                emails.add(RealmUsers.uniqueEmail("race" + i));
                ids.add(requestId(server, reviewer, emails.get(i), tin));
            }
        }
        // Twenty approvals on twenty requests, ten more on the first one, five denials by another
        // reviewer and that reviewer's transfer of the TIN to themselves: all released at once.
        List<Callable<TinAccessApi.Answer>> calls = new ArrayList<>();
        ids.forEach(id -> calls.add(() -> reviewer.approve(id, tin)));
        for (int i = 0; i < 10; i++) {
            calls.add(() -> reviewer.approve(ids.get(0), tin));
        }
        for (int i = 15; i < 20; i++) {
            String id = ids.get(i);
            calls.add(() -> secondReviewer.deny(id, tin, "{\"reason\":\"THIRD_PARTY\"}"));
        }
        calls.add(() -> TinAccessApi.at(server, "/tins", secondReviewer.token()).post("/" + tin + "/admin/transfer",
                "{\"userId\":\"" + secondReviewer.userId() + "\"}"));

        List<TinAccessApi.Answer> answers = Concurrently.run(calls);

        // Every refusal says why: a loser of the race is refused for the race, never for a fault.
        List<TinAccessApi.Answer> approvals = answers.subList(0, 30);
        assertEquals(1, approvals.stream().filter(answer -> answer.status() == 200).count(), answers.toString());
        approvals.stream().filter(answer -> answer.status() != 200).forEach(answer -> assertRefused(answer,
                Set.of("admin_exists", "not_first_in_line", "already_decided", "admin_changed")));
        answers.subList(30, 35).stream().filter(answer -> answer.status() != 200)
                .forEach(answer -> assertRefused(answer, Set.of("already_decided")));
        assertError(answers.get(35), 409, "self_action");
        List<String> winners = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            if ("approved".equals(line(reviewer.get("/" + ids.get(i)).body(), tin).get("status").asText())) {
                winners.add(emails.get(i));
            }
        }
        assertEquals(1, winners.size(), "exactly one request approved");
        assertEquals(1, Providers.withTin(server, tin).size(), "one provider Organization");
        for (String email : emails) {
            boolean winner = winners.contains(email);
            assertEquals(winner ? 1 : 0, server.realm().users().searchByEmail(email, true).size(), "an account only for the winner: " + email);
            assertEquals(winner ? 1 : 0, server.inbox().messagesTo(email).stream().filter(mail -> Mails.subject(mail).contains("approved")).count(),
                    "an approval mail only for the winner: " + email);
        }
        String winnerId = server.realm().users().searchByEmail(winners.get(0), true).get(0).getId();
        assertEquals(1, server.realm().organizations().get(Providers.ofTin(server, tin).getId()).members().list(0, 100).size());
        assertTrue(server.realm().organizations().get(Providers.ofTin(server, tin).getId()).members().list(0, 100).get(0).getId()
                .equals(winnerId), "the winner is the one member");
    }

    static JsonNode line(JsonNode request, String tin) {
        return TinAccessApi.line(request, tin);
    }

    /** A 409 whose error code is one of {@code codes}. */
    static void assertRefused(TinAccessApi.Answer answer, Set<String> codes) {
        assertEquals(409, answer.status(), answer.toString());
        assertTrue(codes.contains(answer.body().path("error").asText()), "refused with one of " + codes + ": " + answer);
    }

    static void assertError(TinAccessApi.Answer answer, int status, String error) {
        assertEquals(status, answer.status(), answer.toString());
        assertEquals(error, answer.body().path("error").asText(), answer.toString());
    }
}
