package org.tinaccess.it.members;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.keycloak.representations.idm.AdminEventRepresentation;
import org.tinaccess.it.support.IntegrationTest;
import org.tinaccess.it.support.Invitations;
import org.tinaccess.it.support.Mails;
import org.tinaccess.it.support.OnBothMinors;
import org.tinaccess.it.support.PortalClient;
import org.tinaccess.it.support.PortalUsers;
import org.tinaccess.it.support.Providers;
import org.tinaccess.it.support.RealmUsers;
import org.tinaccess.it.support.TestTins;
import org.tinaccess.it.support.TinAccessApi;
import org.tinaccess.it.support.TinAccessServer;

/** A TIN admin manages the TIN's users through the REST API. */
@OnBothMinors
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TinMembersIT {

    private TinAccessServer server;
    private TinAccessApi reviewer;
    private PortalUsers.TinAdmin tinA;
    private TinAccessApi adminA;

    @BeforeAll
    void oneActivatedTinAdmin(TinAccessServer server) {
        this.server = server;
        this.reviewer = TinAccessApi.asNewReviewer(server);
        this.tinA = PortalUsers.newTinAdmin(server, reviewer);
        this.adminA = api(tinA.admin());
    }

    private TinAccessApi api(PortalUsers.SignedIn user) {
        return TinAccessApi.at(server, "/tins", user.apiToken());
    }

    private static String addBody(String email, String lastName, String entitlements) {
        return "{\"email\":\"" + email + "\",\"firstName\":\"Sam\",\"lastName\":\"" + lastName + "\",\"phone\":\"715-555-0199\","
                + "\"entitlements\":" + entitlements + "}";
    }

    /** Adds {@code email} to the TIN and brings them to a signed-in state through the invitation mail. */
    private PortalUsers.SignedIn addAndActivate(TinAccessApi admin, String tin, String email, String entitlements) {
        TinAccessApi.Answer added = admin.post("/" + tin + "/members", addBody(email, "Rivera", entitlements));
        assertEquals(201, added.status(), added.toString());
        MimeMessage invitation = server.inbox().awaitMessageTo(email);
        return PortalUsers.activateAndSignIn(server, email, invitation);
    }

    @Test
    void adminAddsAUserWhoIsInvitedAndListedAndSearchable() {
        String email = RealmUsers.uniqueEmail("invitee");
        TinAccessApi.Answer added = adminA.post("/" + tinA.tin() + "/members", addBody(email, "Okafor", "[\"claims\",\"eligibility\"]"));

        assertEquals(201, added.status(), added.toString());
        assertEquals("invited", added.body().get("status").asText());
        assertEquals("user", added.body().get("role").asText());
        assertEquals(List.of("claims", "eligibility"), List.of(added.body().get("entitlements").get(0).asText(),
                added.body().get("entitlements").get(1).asText()));
        MimeMessage invitation = server.inbox().awaitMessageTo(email);
        assertNotNull(Mails.html(invitation).selectFirst("a#activate-account"), "the invitation runs the activation chain");

        JsonNode all = adminA.get("/" + tinA.tin() + "/members").body();
        assertTrue(all.get("total").asInt() >= 2);
        JsonNode found = adminA.get("/" + tinA.tin() + "/members?q=okafor").body();
        assertEquals(1, found.get("total").asInt(), found.toString());
        assertEquals(email, found.get("items").get(0).get("email").asText());
        // Two letters are searched on the joined rows (too short for PostgreSQL's trigram indexes): the same rules.
        JsonNode shortSearch = adminA.get("/" + tinA.tin() + "/members?q=ok").body();
        assertTrue(shortSearch.get("items").findValuesAsText("email").contains(email), shortSearch.toString());
        assertEquals(1, adminA.get("/" + tinA.tin() + "/members?status=invited&q=" + email).body().get("total").asInt());
        assertEquals(0, adminA.get("/" + tinA.tin() + "/members?status=active&q=" + email).body().get("total").asInt());
        JsonNode admin = adminA.get("/" + tinA.tin() + "/members?q=" + tinA.admin().email()).body().get("items").get(0);
        assertEquals("admin", admin.get("role").asText());
        assertEquals("active", admin.get("status").asText());

        assertEquals(409, adminA.post("/" + tinA.tin() + "/members", addBody(email, "Okafor", "[]")).status(), "added twice");
    }

    @Test
    void anAccountAnotherTinInvitedButNobodyActivatedIsJoinedByInvitationAndItsFirstLinkStillWorks() {
        PortalUsers.TinAdmin tinB = PortalUsers.newTinAdmin(server, reviewer);
        TinAccessApi adminB = api(tinB.admin());
        String email = RealmUsers.uniqueEmail("not-yet-active");
        assertEquals(201, adminA.post("/" + tinA.tin() + "/members", addBody(email, "Typed-By-A", "[]")).status());
        MimeMessage fromA = server.inbox().awaitMessageTo(email);

        TinAccessApi.Answer byB = adminB.post("/" + tinB.tin() + "/members",
                "{\"email\":\"" + email + "\",\"firstName\":\"Kim\",\"lastName\":\"Typed-By-B\",\"entitlements\":[]}");

        assertEquals(201, byB.status(), byB.toString());
        JsonNode seenByB = adminB.get("/" + tinB.tin() + "/members/" + byB.body().get("id").asText()).body();
        assertEquals("invited", seenByB.get("status").asText(), "nobody consented to B yet");
        assertEquals("Typed-By-B", seenByB.get("lastName").asText(), "B sees only what B typed: " + seenByB);
        PortalUsers.SignedIn person = PortalUsers.activateAndSignIn(server, email, fromA);
        JsonNode tins = TinAccessApi.at(server, "/tins", person.apiToken()).get("").body();
        assertTrue(tins.toString().contains("invited"), "B's invitation waits for the person's answer: " + tins);
    }

    @Test
    void badInputIsRefusedWithACode() {
        String members = "/" + tinA.tin() + "/members";
        assertCode(adminA.post(members, addBody("not-an-email", "X", "[]")), 400, "invalid_email");
        assertCode(adminA.post(members, addBody(RealmUsers.uniqueEmail("x"), "X", "[\"everything\"]")), 400, "unknown_entitlement");
        assertCode(adminA.post(members, "{\"email\":\"" + RealmUsers.uniqueEmail("x") + "\",\"lastName\":\"X\"}"), 400, "invalid_firstName");
        assertCode(adminA.post(members, "[1,2"), 400, "invalid_json");
        assertCode(adminA.get(members + "?status=gone"), 400, "invalid_status");
        assertCode(adminA.get(members + "?max=-1"), 400, "invalid_paging");
    }

    @Test
    void entitlementsAndSuspensionShowInTheTokenAtTheNextRefresh() {
        PortalUsers.TinAdmin tinB = PortalUsers.newTinAdmin(server, reviewer);
        TinAccessApi adminB = api(tinB.admin());
        String email = RealmUsers.uniqueEmail("two-tins");
        PortalUsers.SignedIn user = addAndActivate(adminA, tinA.tin(), email, "[\"claims\"]");
        assertEquals(201, adminB.post("/" + tinB.tin() + "/members", addBody(email, "Rivera", "[\"remittance\"]")).status());
        assertNull(refreshedClaims(user).get(tinB.tin()), "an invitation to an existing account grants nothing before it is accepted");
        Invitations.acceptAll(api(user));

        JsonNode claim = refreshedClaims(user);
        assertEquals("user", claim.get(tinA.tin()).get("role").asText());
        assertEquals("claims", claim.get(tinA.tin()).get("entitlements").get(0).asText());
        assertEquals("remittance", claim.get(tinB.tin()).get("entitlements").get(0).asText());

        String member = "/" + tinA.tin() + "/members/" + user.userId();
        assertEquals(200, adminA.put(member + "/entitlements", "[\"eligibility\",\"authorizations\"]").status());
        assertEquals(List.of("authorizations", "eligibility"), entitlementsIn(refreshedClaims(user), tinA.tin()));

        assertEquals("suspended", adminA.post(member + "/suspend", null).body().get("status").asText());
        JsonNode afterSuspension = refreshedClaims(user);
        assertNull(afterSuspension.get(tinA.tin()), "a suspended membership is left out of the claim: " + afterSuspension);
        assertNotNull(afterSuspension.get(tinB.tin()));
        assertTrue(server.realm().users().get(user.userId()).toRepresentation().isEnabled(), "another TIN is still active");

        assertEquals("suspended", adminB.post("/" + tinB.tin() + "/members/" + user.userId() + "/suspend", null).body().get("status").asText());
        assertTrue(server.realm().users().get(user.userId()).toRepresentation().isEnabled(), "a TIN admin never disables the account");
        JsonNode noTins = refreshedClaims(user);
        assertTrue(noTins == null || noTins.isEmpty(), "suspended everywhere: no TIN in the token " + noTins);

        assertEquals("active", adminA.post(member + "/reinstate", null).body().get("status").asText());
        assertNotNull(refreshedClaims(user).get(tinA.tin()));
    }

    @Test
    void resetMfaRemovesTheSecondFactorAndTellsTheUser() {
        String email = RealmUsers.uniqueEmail("new-phone");
        PortalUsers.SignedIn user = addAndActivate(adminA, tinA.tin(), email, "[]");
        assertTrue(server.realm().users().get(user.userId()).credentials().stream().anyMatch(c -> "otp".equals(c.getType())));

        assertEquals(200, adminA.post("/" + tinA.tin() + "/members/" + user.userId() + "/reset-mfa", null).status());

        var account = server.realm().users().get(user.userId());
        assertTrue(account.credentials().stream().noneMatch(c -> "otp".equals(c.getType())));
        assertTrue(account.toRepresentation().getRequiredActions().contains("mfa-enroll"));
        MimeMessage notice = server.inbox().awaitMessagesTo(email, 2).get(1);
        assertTrue(Mails.subject(notice).contains("multifactor"), Mails.subject(notice));
    }

    @Test
    void adminCannotSuspendRemoveOrResetThemselves() {
        String self = "/" + tinA.tin() + "/members/" + tinA.admin().userId();
        assertCode(adminA.post(self + "/suspend", null), 409, "self_action");
        assertCode(adminA.post(self + "/reset-mfa", null), 409, "self_action");
        assertCode(adminA.delete(self), 409, "self_action");
    }

    @Test
    void removeTakesTheUserOffTheTinAndItsOrganization() {
        String email = RealmUsers.uniqueEmail("leaver");
        String userId = adminA.post("/" + tinA.tin() + "/members", addBody(email, "Leaver", "[\"claims\"]")).body().get("id").asText();

        assertEquals(204, adminA.delete("/" + tinA.tin() + "/members/" + userId).status());

        assertCode(adminA.get("/" + tinA.tin() + "/members/" + userId), 404, "not_found");
        String orgId = Providers.ofTin(server, tinA.tin()).getId();
        assertTrue(server.realm().organizations().get(orgId).members().list(0, 1000).stream().noneMatch(m -> m.getId().equals(userId)));
    }

    @Test
    void resendInviteVoidsTheOldLinkAndIsRefusedOnceActivated() {
        String email = RealmUsers.uniqueEmail("slow");
        String userId = adminA.post("/" + tinA.tin() + "/members", addBody(email, "Slow", "[]")).body().get("id").asText();
        server.inbox().awaitMessageTo(email);

        assertEquals(200, adminA.post("/" + tinA.tin() + "/members/" + userId + "/resend-invite", null).status());
        PortalUsers.activateAndSignIn(server, email, server.inbox().awaitMessagesTo(email, 2).get(1));

        assertCode(adminA.post("/" + tinA.tin() + "/members/" + userId + "/resend-invite", null), 409, "already_activated");
    }

    @Test
    void anInvitationIsSentAgainAtMostThreeTimesAnHour() {
        String email = RealmUsers.uniqueEmail("unanswered");
        String userId = adminA.post("/" + tinA.tin() + "/members", addBody(email, "Quiet", "[]")).body().get("id").asText();
        server.inbox().awaitMessageTo(email);
        for (int i = 0; i < 3; i++) {
            assertEquals(200, adminA.post("/" + tinA.tin() + "/members/" + userId + "/resend-invite", null).status());
        }

        assertCode(adminA.post("/" + tinA.tin() + "/members/" + userId + "/resend-invite", null), 429, "too_many_resends");
        assertEquals(4, server.inbox().awaitMessagesTo(email, 4).size(), "the invitation and three resends, no more");
    }

    @Test
    void adminHandsTheTinToAnActiveMemberAndBecomesAUser() {
        PortalUsers.TinAdmin tin = PortalUsers.newTinAdmin(server, reviewer);
        TinAccessApi oldAdmin = api(tin.admin());
        String invitedId = oldAdmin.post("/" + tin.tin() + "/members", addBody(RealmUsers.uniqueEmail("invited"), "Later", "[]"))
                .body().get("id").asText();
        assertCode(oldAdmin.post("/" + tin.tin() + "/admin/transfer", "{\"userId\":\"" + invitedId + "\"}"), 409, "member_not_active");

        PortalUsers.SignedIn successor = addAndActivate(oldAdmin, tin.tin(), RealmUsers.uniqueEmail("successor"), "[]");
        JsonNode transferred = oldAdmin.post("/" + tin.tin() + "/admin/transfer", "{\"userId\":\"" + successor.userId() + "\"}").body();
        assertEquals("admin", transferred.get("role").asText(), transferred.toString());

        assertCode(oldAdmin.get("/" + tin.tin() + "/members"), 403, "forbidden");
        // The successor's next token refresh makes them admin in the claim and in the API.
        Map.Entry<Integer, JsonNode> refreshed = PortalUsers.refresh(server, successor);
        String newToken = refreshed.getValue().get("access_token").asText();
        assertEquals("admin", PortalClient.claims(newToken).get("tins").get(tin.tin()).get("role").asText());
        assertEquals(200, api(successor).get("/" + tin.tin() + "/members").status());
    }

    @Test
    void reviewerCanReassignTheClaimWhenTheAdminIsGoneButCannotListMembers() {
        PortalUsers.TinAdmin tin = PortalUsers.newTinAdmin(server, reviewer);
        PortalUsers.SignedIn successor = addAndActivate(api(tin.admin()), tin.tin(), RealmUsers.uniqueEmail("heir"), "[]");
        TinAccessApi reviewerOnTins = TinAccessApi.at(server, "/tins", reviewer.token());

        assertCode(reviewerOnTins.get("/" + tin.tin() + "/members"), 403, "forbidden");
        assertEquals(200, reviewerOnTins.post("/" + tin.tin() + "/admin/transfer", "{\"userId\":\"" + successor.userId() + "\"}").status());
    }

    @Test
    void authorizationMatrixOnAnotherTinsMembers() {
        PortalUsers.TinAdmin tinB = PortalUsers.newTinAdmin(server, reviewer);
        PortalUsers.SignedIn userOfA = addAndActivate(adminA, tinA.tin(), RealmUsers.uniqueEmail("user-of-a"), "[\"claims\"]");
        String members = "/" + tinA.tin() + "/members";
        String someone = "/" + tinA.tin() + "/members/" + userOfA.userId();

        assertCode(TinAccessApi.at(server, "/tins", null).get(members), 401, "unauthorized");
        assertCode(TinAccessApi.at(server, "/tins", null).get(""), 401, "unauthorized");
        for (TinAccessApi stranger : List.of(api(userOfA), api(tinB.admin()), TinAccessApi.at(server, "/tins", reviewer.token()))) {
            assertCode(stranger.get(members), 403, "forbidden");
            assertCode(stranger.post(members, addBody(RealmUsers.uniqueEmail("sneak"), "X", "[]")), 403, "forbidden");
            assertCode(stranger.put(someone + "/entitlements", "[\"claims\"]"), 403, "forbidden");
            assertCode(stranger.post(someone + "/suspend", null), 403, "forbidden");
            assertCode(stranger.delete(someone), 403, "forbidden");
            assertCode(stranger.post(someone + "/reset-mfa", null), 403, "forbidden");
        }
        // An unregistered TIN and a malformed one look the same as another's TIN: 403, telling nothing.
        assertCode(api(tinB.admin()).get("/" + TestTins.next() + "/members"), 403, "forbidden");
        assertCode(adminA.get("/12345/members"), 403, "forbidden");
        // Ids of another realm (the master admin) or of a non-member are unknown here.
        String masterAdminId = server.admin().realm("master").users().search("admin").get(0).getId();
        assertCode(adminA.get(members + "/" + masterAdminId), 404, "not_found");
        assertCode(adminA.post(members + "/" + masterAdminId + "/suspend", null), 404, "not_found");
        assertCode(adminA.get(members + "/" + tinB.admin().userId()), 404, "not_found");

        JsonNode mine = api(userOfA).get("").body();
        assertEquals(1, mine.size(), mine.toString());
        assertEquals("user", mine.get(0).get("role").asText());
        assertEquals("**-***" + tinA.tin().substring(5), mine.get(0).get("tin").asText(), "users see their TIN masked");
        assertEquals(tinA.tin(), adminA.get("").body().get(0).get("tin").asText(), "the admin sees it whole");
    }

    @Test
    void memberChangesAreRecordedAsAdminEvents() {
        String email = RealmUsers.uniqueEmail("audited");
        String userId = adminA.post("/" + tinA.tin() + "/members", addBody(email, "Audit", "[]")).body().get("id").asText();
        assertEquals(200, adminA.put("/" + tinA.tin() + "/members/" + userId + "/entitlements", "[\"claims\"]").status());

        List<AdminEventRepresentation> events = server.realm().getAdminEvents().stream()
                .filter(e -> e.getResourcePath() != null && e.getResourcePath().endsWith("/members/" + userId))
                .toList();
        assertEquals(2, events.size(), events.toString());
        assertTrue(events.stream().allMatch(e -> "ORGANIZATION_MEMBERSHIP".equals(e.getResourceType())
                && "TIN_ACCESS_MEMBER".equals(e.getDetails().get("tinAccessKind"))
                && tinA.admin().userId().equals(e.getAuthDetails().getUserId())));
    }

    private JsonNode refreshedClaims(PortalUsers.SignedIn user) {
        return PortalUsers.refreshedTins(server, user);
    }

    private static List<String> entitlementsIn(JsonNode tins, String tin) {
        return StreamSupport.stream(tins.get(tin).get("entitlements").spliterator(), false).map(JsonNode::asText).toList();
    }

    private static void assertCode(TinAccessApi.Answer answer, int status, String error) {
        assertEquals(status, answer.status(), answer.toString());
        assertEquals(error, answer.body().path("error").asText(), answer.toString());
    }
}
