package org.tinaccess.it.billing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.tinaccess.it.support.IntegrationTest;
import org.tinaccess.it.support.PortalUsers;
import org.tinaccess.it.support.Providers;
import org.tinaccess.it.support.TinAccessApi;
import org.tinaccess.it.support.TinAccessServer;

/**
 * A provider's admin (or backup admin) who also works for a billing service never approves that
 * service's request to act for the provider: it would open the provider's data to their own
 * organisation. Someone else of the provider decides; denying stays open to them.
 */
@IntegrationTest
class ClientGrantOwnCaseIT {

    @Test
    void aProvidersAdminWhoWorksForTheBillingServiceCannotApproveItsRequest(TinAccessServer server) {
        TinAccessApi reviewer = TinAccessApi.asNewReviewer(server);
        PortalUsers.TinAdmin provider = PortalUsers.newTinAdmin(server, reviewer);
        PortalUsers.TinAdmin service = PortalUsers.newBillingService(server, reviewer);
        TinAccessApi.Answer invited = TinAccessApi.at(server, "/tins/" + service.tin(), service.admin().apiToken()).post("/members",
                "{\"email\":\"" + provider.admin().email() + "\",\"firstName\":\"Dana\",\"lastName\":\"Both\",\"entitlements\":[]}");
        assertEquals(201, invited.status(), invited.toString());
        TinAccessApi.Answer accepted = TinAccessApi.at(server, "/tins/invitations", provider.admin().apiToken())
                .post("/" + Providers.ofTin(server, service.tin()).getId() + "/accept", null);
        assertEquals(200, accepted.status(), accepted.toString());
        TinAccessApi.Answer asked = TinAccessApi.at(server, "/billing-services/" + service.tin(), service.admin().apiToken())
                .post("/client-grants", "{\"tin\":\"" + provider.tin() + "\"}");
        assertEquals(201, asked.status(), asked.toString());
        String id = asked.body().get("id").asText();

        PortalUsers.SignedIn admin = PortalUsers.signIn(server, provider.admin().email(), provider.admin().totpSecret());
        TinAccessApi grants = TinAccessApi.at(server, "/tins/" + provider.tin() + "/client-grants", admin.apiToken());
        TinAccessApi.Answer approved = grants.post("/" + id + "/approve", "{\"entitlements\":[\"claims\"]}");
        assertEquals(409, approved.status(), approved.toString());
        assertEquals("own_case", approved.body().get("error").asText());
        JsonNode pending = grants.get("?status=pending").body();
        assertEquals(id, pending.get("items").get(0).get("id").asText(), "the request still waits: " + pending);
        assertEquals(200, grants.post("/" + id + "/deny", "{\"note\":\"Not now\"}").status(), "saying no to one's own organisation is no conflict");
    }
}
