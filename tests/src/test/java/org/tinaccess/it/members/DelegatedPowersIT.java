package org.tinaccess.it.members;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.tinaccess.it.support.FactorHolders;
import org.tinaccess.it.support.FactorHolders.Factor;
import org.tinaccess.it.support.IntegrationTest;
import org.tinaccess.it.support.Invitations;
import org.tinaccess.it.support.Mails;
import org.tinaccess.it.support.PortalClient;
import org.tinaccess.it.support.PortalUsers;
import org.tinaccess.it.support.RealmUsers;
import org.tinaccess.it.support.TinAccessApi;
import org.tinaccess.it.support.TinAccessServer;

/**
 * A TIN admin's power stops at the TIN's memberships (ARCHITECTURE.md, trust boundaries): an
 * existing account is only invited, and linked when its owner accepts, signed in; the answer tells
 * the admin nothing about the account; suspending and removing change the membership, never the
 * account; MFA resets reach only people wholly inside the admin's TINs.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DelegatedPowersIT {

    private TinAccessServer server;
    private TinAccessApi reviewer;
    private PortalUsers.TinAdmin tinA;
    private TinAccessApi adminA;

    @BeforeAll
    void oneTinAdmin(TinAccessServer server) {
        this.server = server;
        this.reviewer = TinAccessApi.asNewReviewer(server);
        this.tinA = PortalUsers.newTinAdmin(server, reviewer);
        this.adminA = tins(tinA.admin().apiToken());
    }

    private TinAccessApi tins(String token) {
        return TinAccessApi.at(server, "/tins", token);
    }

    private static String addBody(String email, String firstName, String lastName) {
        return "{\"email\":\"" + email + "\",\"firstName\":\"" + firstName + "\",\"lastName\":\"" + lastName + "\",\"entitlements\":[\"claims\"]}";
    }

    /** An account someone owns and uses: app enrolled, signed in (tokens of the portal and the console). */
    private PortalUsers.SignedIn owner(String who) {
        FactorHolders.Holder holder = FactorHolders.create(server, Factor.APP);
        UserRepresentation user = server.realm().users().get(holder.userId()).toRepresentation();
        user.setFirstName("Private");
        user.setLastName(who);
        server.realm().users().get(holder.userId()).update(user);
        return PortalUsers.signIn(server, holder.email(), RealmUsers.PASSWORD, holder.totpSecret());
    }

    @Test
    void addingSomeoneWithAnAccountInvitesThemAndTheAnswerLooksLikeAnyOtherInvitation() {
        PortalUsers.SignedIn victim = owner("Owner");
        String stranger = RealmUsers.uniqueEmail("nobody-yet");

        TinAccessApi.Answer existing = adminA.post("/" + tinA.tin() + "/members", addBody(victim.email(), "Sam", "Typed"));
        TinAccessApi.Answer fresh = adminA.post("/" + tinA.tin() + "/members", addBody(stranger, "Sam", "Typed"));

        assertEquals(201, existing.status(), existing.toString());
        assertEquals(fresh.status(), existing.status());
        assertEquals(withoutIdAndEmail(fresh.body()), withoutIdAndEmail(existing.body()), "nothing tells the accounts apart");
        assertEquals("Typed", existing.body().get("lastName").asText(), "only what the admin typed, never the account's own names");
        JsonNode listed = adminA.get("/" + tinA.tin() + "/members?q=" + victim.email()).body().get("items").get(0);
        assertEquals("Typed", listed.get("lastName").asText());
        assertEquals("invited", listed.get("status").asText());
        assertEquals(0, adminA.get("/" + tinA.tin() + "/members?q=Owner").body().get("total").asInt(), "the account's names are not searchable");

        MimeMessage invitation = server.inbox().awaitMessageTo(victim.email());
        assertNull(Mails.html(invitation).selectFirst("a#activate-account"), "no activation link for an account someone owns");
        assertNotNull(Mails.html(invitation).selectFirst("a#open-my-tax-ids"), "a way to accept, signed in");
        assertNull(claimsAfterRefresh(victim).get(tinA.tin()), "an invitation grants nothing");
    }

    @Test
    void anInvitationGivesTheAdminNoPowerOverTheAccountUntilItsOwnerAccepts() {
        PortalUsers.SignedIn person = owner("Careful");
        String userId = adminA.post("/" + tinA.tin() + "/members", addBody(person.email(), "Sam", "Careful")).body().get("id").asText();
        String member = "/" + tinA.tin() + "/members/" + userId;

        assertCode(adminA.post(member + "/reset-mfa", null), 409, "not_accepted");
        assertCode(adminA.post(member + "/suspend", null), 409, "not_accepted");
        assertTrue(hasApp(userId), "the factors are untouched");

        TinAccessApi own = tins(person.apiToken());
        List<String> pending = Invitations.pending(own);
        assertEquals(1, pending.size());
        assertCode(tins(tinA.admin().apiToken()).post("/invitations/" + pending.get(0) + "/accept", null), 404, "not_found");
        assertEquals(200, own.post("/invitations/" + pending.get(0) + "/accept", null).status());

        assertNotNull(claimsAfterRefresh(person).get(tinA.tin()), "accepted: the TIN is in the token");
        assertEquals("active", adminA.get(member).body().get("status").asText());
        assertEquals("Careful", adminA.get(member).body().get("lastName").asText());
    }

    @Test
    void aDeclinedInvitationLeavesNothing() {
        PortalUsers.SignedIn person = owner("Declines");
        String userId = adminA.post("/" + tinA.tin() + "/members", addBody(person.email(), "Sam", "Declines")).body().get("id").asText();
        TinAccessApi own = tins(person.apiToken());

        assertEquals(204, own.post("/invitations/" + Invitations.pending(own).get(0) + "/decline", null).status());

        assertCode(adminA.get("/" + tinA.tin() + "/members/" + userId), 404, "not_found");
        assertEquals(List.of(), Invitations.pending(own));
    }

    @Test
    void suspendingAndRemovingChangeTheMembershipNeverTheAccount() {
        PortalUsers.SignedIn person = acceptedMemberOfA("Member");
        String member = "/" + tinA.tin() + "/members/" + person.userId();

        assertEquals(200, adminA.post(member + "/suspend", null).status());
        assertTrue(account(person.userId()).isEnabled(), "suspended in its only TIN, the account stays enabled");
        assertNull(claimsAfterRefresh(person).get(tinA.tin()));
        assertEquals(204, adminA.delete(member).status());
        assertTrue(account(person.userId()).isEnabled(), "removed from its only TIN, the account stays enabled");
    }

    @Test
    void nothingDelegatedReEnablesAnAccountTheRealmDisabled() {
        PortalUsers.SignedIn person = acceptedMemberOfA("Disabled");
        String member = "/" + tinA.tin() + "/members/" + person.userId();
        assertEquals(200, adminA.post(member + "/suspend", null).status());
        UserRepresentation account = account(person.userId());
        account.setEnabled(false);
        server.realm().users().get(person.userId()).update(account);

        assertEquals(200, adminA.post(member + "/reinstate", null).status());
        assertEquals(409, adminA.post("/" + tinA.tin() + "/members", addBody(person.email(), "Sam", "Again")).status());

        assertFalse(account(person.userId()).isEnabled(), "the realm's decision stands");
    }

    @Test
    void anAdminCannotReinstateTheirOwnMembership() {
        assertCode(adminA.post("/" + tinA.tin() + "/members/" + tinA.admin().userId() + "/reinstate", null), 409, "self_action");
    }

    @Test
    void resetMfaReachesOnlyPeopleWhollyInsideTheAdminsTins() {
        PortalUsers.TinAdmin tinB = PortalUsers.newTinAdmin(server, reviewer);
        PortalUsers.SignedIn onlyA = acceptedMemberOfA("OnlyA");
        PortalUsers.SignedIn inBoth = acceptedMemberOfA("InBoth");
        assertEquals(201, tins(tinB.admin().apiToken()).post("/" + tinB.tin() + "/members", addBody(inBoth.email(), "Sam", "InBoth")).status());
        Invitations.acceptAll(tins(inBoth.apiToken()));
        PortalUsers.SignedIn otherAdmin = tinB.admin();
        assertEquals(201, adminA.post("/" + tinA.tin() + "/members", addBody(otherAdmin.email(), "Sam", "Admin")).status());
        Invitations.acceptAll(tins(otherAdmin.apiToken()));
        PortalUsers.SignedIn aReviewer = acceptedMemberOfA("Reviewer");
        RoleRepresentation role = server.realm().roles().get("tin-reviewer").toRepresentation();
        server.realm().users().get(aReviewer.userId()).roles().realmLevel().add(List.of(role));

        for (PortalUsers.SignedIn protectedPerson : List.of(inBoth, otherAdmin, aReviewer)) {
            assertCode(adminA.post("/" + tinA.tin() + "/members/" + protectedPerson.userId() + "/reset-mfa", null), 403, "forbidden");
            assertTrue(hasApp(protectedPerson.userId()), "untouched: " + protectedPerson.email());
        }
        assertEquals(200, adminA.post("/" + tinA.tin() + "/members/" + onlyA.userId() + "/reset-mfa", null).status());
        assertFalse(hasApp(onlyA.userId()));
        assertTrue(Mails.subject(server.inbox().awaitMessagesTo(onlyA.email(), 2).get(1)).contains("multifactor"), "the person is told");
        assertTrue(server.realm().getAdminEvents().stream().anyMatch(event -> event.getDetails() != null
                && "mfa-reset".equals(event.getDetails().get("action")) && onlyA.userId().equals(event.getDetails().get("targetUserId"))
                && tinA.admin().userId().equals(event.getAuthDetails().getUserId())), "the event records who did it");
    }

    /** A person invited by A's admin by e-mail (a new account), activated through the link: an accepted member of A only. */
    private PortalUsers.SignedIn acceptedMemberOfA(String lastName) {
        String email = RealmUsers.uniqueEmail(lastName.toLowerCase());
        assertEquals(201, adminA.post("/" + tinA.tin() + "/members", addBody(email, "Sam", lastName)).status());
        return PortalUsers.activateAndSignIn(server, email, server.inbox().awaitMessageTo(email));
    }

    private boolean hasApp(String userId) {
        return server.realm().users().get(userId).credentials().stream().anyMatch(credential -> "otp".equals(credential.getType()));
    }

    private UserRepresentation account(String userId) {
        return server.realm().users().get(userId).toRepresentation();
    }

    private JsonNode claimsAfterRefresh(PortalUsers.SignedIn user) {
        Map.Entry<Integer, JsonNode> refreshed = PortalUsers.refresh(server, user);
        assertEquals(200, refreshed.getKey().intValue(), refreshed.getValue().toString());
        JsonNode tins = PortalClient.claims(refreshed.getValue().get("access_token").asText()).get("tins");
        return tins == null ? JsonNodeFactory.instance.objectNode() : tins;
    }

    private static JsonNode withoutIdAndEmail(JsonNode member) {
        ObjectNode copy = member.deepCopy();
        copy.remove(List.of("id", "email", "username"));
        return copy;
    }

    private static void assertCode(TinAccessApi.Answer answer, int status, String error) {
        assertEquals(status, answer.status(), answer.toString());
        assertEquals(error, answer.body().path("error").asText(), answer.toString());
    }
}
