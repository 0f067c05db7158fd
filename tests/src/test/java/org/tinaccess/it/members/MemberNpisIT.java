package org.tinaccess.it.members;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.tinaccess.it.support.IntegrationTest;
import org.tinaccess.it.support.Invitations;
import org.tinaccess.it.support.PortalUsers;
import org.tinaccess.it.support.RealmUsers;
import org.tinaccess.it.support.TestNpis;
import org.tinaccess.it.support.TinAccessApi;
import org.tinaccess.it.support.TinAccessServer;

/**
 * The admin manages access "for NPIs and locations" within the TIN. The NPIs named on
 * the request are the provider's; the admin limits a member to some of them, and the member's
 * {@code tins} claim says so at the next refresh.
 */
@IntegrationTest
class MemberNpisIT {

    @Test
    void adminLimitsAMemberToSomeOfTheProvidersNpisAndTheClaimCarriesThem(TinAccessServer server) {
        TinAccessApi reviewer = TinAccessApi.asNewReviewer(server);
        String north = TestNpis.next();
        String south = TestNpis.next();
        PortalUsers.TinAdmin tin = PortalUsers.newTinAdmin(server, reviewer, List.of(north, south));
        TinAccessApi admin = TinAccessApi.at(server, "/tins", tin.admin().apiToken());
        String email = RealmUsers.uniqueEmail("npi-limited");
        TinAccessApi.Answer added = admin.post("/" + tin.tin() + "/members",
                "{\"email\":\"" + email + "\",\"firstName\":\"Ana\",\"lastName\":\"Lind\",\"entitlements\":[\"claims\"]}");
        assertEquals(201, added.status(), added.toString());
        PortalUsers.SignedIn member = PortalUsers.activateAndSignIn(server, email, server.inbox().awaitMessageTo(email));
        Invitations.acceptAll(TinAccessApi.at(server, "/tins", member.apiToken()));
        String path = "/" + tin.tin() + "/members/" + member.userId() + "/npis";
        assertNull(claimOf(server, member, tin.tin()).get("npis"), "not limited: the whole TIN");

        TinAccessApi.Answer limited = admin.put(path, "[\"" + south + "\"]");

        assertEquals(200, limited.status(), limited.toString());
        assertEquals(List.of(south), texts(limited.body().get("npis")));
        assertEquals(List.of(south), texts(claimOf(server, member, tin.tin()).get("npis")));
        assertEquals(List.of(south), texts(admin.get("/" + tin.tin() + "/members?q=" + email).body().get("items").get(0).get("npis")));

        assertEquals(200, admin.put(path, "[]").status());
        assertNull(claimOf(server, member, tin.tin()).get("npis"), "an empty list lifts the limit");
    }

    @Test
    void anNpiThatIsNotTheProvidersIsRefusedAndNothingChanges(TinAccessServer server) {
        TinAccessApi reviewer = TinAccessApi.asNewReviewer(server);
        String own = TestNpis.next();
        PortalUsers.TinAdmin tin = PortalUsers.newTinAdmin(server, reviewer, List.of(own));
        TinAccessApi admin = TinAccessApi.at(server, "/tins", tin.admin().apiToken());
        String path = "/" + tin.tin() + "/members/" + tin.admin().userId() + "/npis";
        assertEquals(200, admin.put(path, "[\"" + own + "\"]").status());

        TinAccessApi.Answer foreign = admin.put(path, "[\"" + own + "\", \"" + TestNpis.next() + "\"]");
        TinAccessApi.Answer malformed = admin.put(path, "[\"1234567890\"]");
        TinAccessApi.Answer notAList = admin.put(path, "{\"npis\": []}");

        assertEquals(400, foreign.status());
        assertEquals("unknown_npi", foreign.body().get("error").asText());
        assertEquals("unknown_npi", malformed.body().get("error").asText(), "a number failing the Luhn check is no NPI");
        assertEquals(400, notAList.status());
        assertEquals(List.of(own), texts(admin.get("/" + tin.tin() + "/members/" + tin.admin().userId()).body().get("npis")));
    }

    private static JsonNode claimOf(TinAccessServer server, PortalUsers.SignedIn user, String tin) {
        return PortalUsers.refreshedTins(server, user).get(tin);
    }

    private static List<String> texts(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
    }
}
