package org.tinaccess.it.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.keycloak.representations.idm.RoleRepresentation;
import org.tinaccess.it.support.FactorHolders;
import org.tinaccess.it.support.FactorHolders.Factor;
import org.tinaccess.it.support.IntegrationTest;
import org.tinaccess.it.support.Invitations;
import org.tinaccess.it.support.Mails;
import org.tinaccess.it.support.PortalUsers;
import org.tinaccess.it.support.RealmUsers;
import org.tinaccess.it.support.RequestAccessPages;
import org.tinaccess.it.support.TestTins;
import org.tinaccess.it.support.TinAccessApi;
import org.tinaccess.it.support.TinAccessServer;

/**
 * The plan's reviewers are powerful, so their power has edges: what changes someone else's
 * factors or a TIN's admin needs a second factor passed in the last 5 minutes; nobody decides
 * their own request or resets their own, another reviewer's or a realm administrator's factors;
 * a transfer is told to both admins; a TIN whose admin is gone is not stuck.
 */
@IntegrationTest
class ReviewerBoundsIT {

    /** A reviewer whose session never passed a second factor: the app was only enrolled at first sign-in. */
    private static TinAccessApi reviewerWithoutRecentSecondFactor(TinAccessServer server) {
        String email = RealmUsers.uniqueEmail("stale-reviewer");
        String userId = RealmUsers.create(server, email, RealmUsers.PASSWORD);
        grantReviewer(server, userId);
        return new TinAccessApi(server, RealmUsers.signIn(server, email, RealmUsers.PASSWORD));
    }

    private static void grantReviewer(TinAccessServer server, String userId) {
        RoleRepresentation role = server.realm().roles().get("tin-reviewer").toRepresentation();
        server.realm().users().get(userId).roles().realmLevel().add(List.of(role));
    }

    @Test
    void withoutARecentSecondFactorAReviewerCanNeitherApproveNorMoveATinNorUploadPaymentRecords(TinAccessServer server) {
        TinAccessApi stale = reviewerWithoutRecentSecondFactor(server);
        String tin = TestTins.next();
        String reference = RequestAccessPages.open(server).requestAdminAccess(RequestAccessPages.contact(RealmUsers.uniqueEmail("waiting")),
                List.of(tin));
        String requestId = stale.findByReference(reference).get("id").asText();
        FactorHolders.Holder person = FactorHolders.create(server, Factor.APP);
        PortalUsers.TinAdmin provider = PortalUsers.newTinAdmin(server, TinAccessApi.asNewReviewer(server));

        for (TinAccessApi.Answer refused : List.of(stale.approve(requestId, tin),
                TinAccessApi.at(server, "/payment-records", stale.token()).put("", "text/csv",
                        "tin,vendor_number,npi,payment_number,payment_date,provider_name,address_line1,address_line2,city,state,zip\n"
                                + tin + ",V-1,,CHK-1,2026-01-01,Stale Clinic,1 St,,Town,WI,54401\n"),
                TinAccessApi.at(server, "/tins", stale.token()).post("/" + provider.tin() + "/admin/transfer",
                        "{\"userId\":\"" + person.userId() + "\"}"))) {
            assertEquals(401, refused.status(), refused.toString());
            assertEquals("insufficient_user_authentication", refused.body().path("error").asText());
            assertTrue(refused.headers().firstValue("WWW-Authenticate").orElse("").contains("max_age=\"300\""), refused.headers().map().toString());
        }
        assertEquals("pending", stale.get("/" + requestId).body().get("tins").get(0).get("status").asText(), "nothing was decided");
        assertTrue(server.realm().users().get(person.userId()).credentials().stream().anyMatch(c -> "otp".equals(c.getType())));
        assertEquals(200, stale.get("?status=pending").status(), "reading the queue needs no step-up");
    }

    @Test
    void aReviewerCannotDecideARequestMadeWithTheirOwnAddress(TinAccessServer server) {
        FactorHolders.Holder holder = FactorHolders.create(server, Factor.APP);
        grantReviewer(server, holder.userId());
        TinAccessApi reviewer = new TinAccessApi(server, PortalUsers.signIn(server, holder.email(), RealmUsers.PASSWORD, holder.totpSecret()).apiToken());
        String tin = TestTins.next();
        String reference = RequestAccessPages.open(server).requestAdminAccess(RequestAccessPages.contact(holder.email()), List.of(tin));
        String requestId = reviewer.findByReference(reference).get("id").asText();

        assertEquals("own_request", reviewer.approve(requestId, tin).body().path("error").asText());
        assertEquals("own_request", reviewer.deny(requestId, tin, "{\"reason\":\"THIRD_PARTY\"}").body().path("error").asText());
        assertEquals(200, TinAccessApi.asNewReviewer(server).approve(requestId, tin).status(), "another reviewer decides it");
    }

    @Test
    void aTransferByAReviewerIsToldToTheOldAndTheNewAdmin(TinAccessServer server) {
        TinAccessApi reviewer = TinAccessApi.asNewReviewer(server);
        PortalUsers.TinAdmin provider = PortalUsers.newTinAdmin(server, reviewer);
        PortalUsers.SignedIn successor = acceptedMember(server, provider, "successor");
        int oldAdminMails = server.inbox().messagesTo(provider.admin().email()).size();

        TinAccessApi.Answer moved = TinAccessApi.at(server, "/tins", reviewer.token())
                .post("/" + provider.tin() + "/admin/transfer", "{\"userId\":\"" + successor.userId() + "\"}");

        assertEquals(200, moved.status(), moved.toString());
        assertTrue(Mails.subject(server.inbox().awaitMessagesTo(provider.admin().email(), oldAdminMails + 1).get(oldAdminMails))
                .contains("no longer the Admin"));
        assertTrue(server.inbox().messagesTo(successor.email()).stream().anyMatch(mail -> Mails.subject(mail).contains("now the Admin")));
    }

    @Test
    void aTinWhoseAdminsAccountIsGoneIsAssignedByAReviewerToAVerifiedMember(TinAccessServer server) {
        TinAccessApi reviewer = TinAccessApi.asNewReviewer(server);
        PortalUsers.TinAdmin provider = PortalUsers.newTinAdmin(server, reviewer);
        PortalUsers.SignedIn member = acceptedMember(server, provider, "heir");
        server.realm().users().get(provider.admin().userId()).remove();

        TinAccessApi.Answer assigned = TinAccessApi.at(server, "/tins", reviewer.token())
                .post("/" + provider.tin() + "/admin/transfer", "{\"userId\":\"" + member.userId() + "\"}");

        assertEquals(200, assigned.status(), assigned.toString());
        assertEquals("admin", assigned.body().get("role").asText());
        PortalUsers.SignedIn refreshed = PortalUsers.signIn(server, member.email(), member.totpSecret());
        assertEquals(200, TinAccessApi.at(server, "/tins", refreshed.apiToken()).get("/" + provider.tin() + "/members").status());
    }

    /** Invited by the TIN's admin as a new account and activated: a verified, active member. */
    private static PortalUsers.SignedIn acceptedMember(TinAccessServer server, PortalUsers.TinAdmin provider, String who) {
        String email = RealmUsers.uniqueEmail(who);
        TinAccessApi admin = TinAccessApi.at(server, "/tins", provider.admin().apiToken());
        assertEquals(201, admin.post("/" + provider.tin() + "/members",
                "{\"email\":\"" + email + "\",\"firstName\":\"Pat\",\"lastName\":\"Heir\",\"entitlements\":[]}").status());
        PortalUsers.SignedIn member = PortalUsers.activateAndSignIn(server, email, server.inbox().awaitMessageTo(email));
        Invitations.acceptAll(TinAccessApi.at(server, "/tins", member.apiToken()));
        return member;
    }
}
