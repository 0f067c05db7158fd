package org.tinaccess.it.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tinaccess.it.support.IntegrationTest;
import org.tinaccess.it.support.Invitations;
import org.tinaccess.it.support.PortalUsers;
import org.tinaccess.it.support.RealmUsers;
import org.tinaccess.it.support.TinAccessApi;
import org.tinaccess.it.support.TinAccessServer;

/**
 * A TIN admin's own powers that make someone an admin, change who holds a second factor or open
 * the TIN's data to another organisation need a second factor passed in the last 5 minutes too: a
 * session left open, or a token refreshed from it, does none of them.
 */
@IntegrationTest
class AdminStepUpIT {

    @Test
    void anAdminWhoseSessionPassedNoRecentSecondFactorNeitherHandsOverTheTinNorResetsFactorsNorGrantsAService(TinAccessServer server) {
        TinAccessApi reviewer = TinAccessApi.asNewReviewer(server);
        PortalUsers.TinAdmin admin = PortalUsers.newTinAdmin(server, reviewer);
        String tin = admin.tin();
        // The app removed, the admin signs in with the password and enrols a new one: enrolling is not
        // passing a second factor, so this session has none in the last minutes.
        server.realm().users().get(admin.admin().userId()).credentials().stream().filter(c -> "otp".equals(c.getType()))
                .forEach(c -> server.realm().users().get(admin.admin().userId()).removeCredential(c.getId()));
        TinAccessApi stale = TinAccessApi.at(server, "/tins", RealmUsers.signIn(server, admin.admin().email(), PortalUsers.PASSWORD));
        String memberEmail = RealmUsers.uniqueEmail("stays-put");
        assertEquals(201, stale.post("/" + tin + "/members", "{\"email\":\"" + memberEmail + "\",\"firstName\":\"Pat\",\"lastName\":\"Stays\","
                + "\"entitlements\":[]}").status(), "managing members needs no step-up");
        PortalUsers.SignedIn member = PortalUsers.activateAndSignIn(server, memberEmail, server.inbox().awaitMessageTo(memberEmail));
        Invitations.acceptAll(TinAccessApi.at(server, "/tins", member.apiToken()));
        PortalUsers.TinAdmin service = PortalUsers.newBillingService(server, reviewer);
        assertEquals(201, TinAccessApi.at(server, "/billing-services/" + service.tin(), service.admin().apiToken())
                .post("/client-grants", "{\"tin\":\"" + tin + "\"}").status());
        String grantId = stale.get("/" + tin + "/client-grants").body().get("items").get(0).get("id").asText();

        for (TinAccessApi.Answer refused : List.of(
                stale.post("/" + tin + "/admin/transfer", "{\"userId\":\"" + member.userId() + "\"}"),
                stale.post("/" + tin + "/members/" + member.userId() + "/reset-mfa", null),
                stale.post("/" + tin + "/client-grants/" + grantId + "/approve", "{\"entitlements\":[]}"))) {
            assertEquals(401, refused.status(), refused.toString());
            assertEquals("insufficient_user_authentication", refused.body().path("error").asText());
        }
        JsonNode stillMember = stale.get("/" + tin + "/members/" + member.userId()).body();
        assertEquals("user", stillMember.get("role").asText(), "nobody else became the admin: " + stillMember);
        assertTrue(server.realm().users().get(member.userId()).credentials().stream().anyMatch(c -> "otp".equals(c.getType())),
                "the member's app is still bound");
        assertEquals("pending", stale.get("/" + tin + "/client-grants").body().get("items").get(0).get("status").asText());
    }
}
