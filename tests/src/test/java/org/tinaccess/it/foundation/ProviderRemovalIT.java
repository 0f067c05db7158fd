package org.tinaccess.it.foundation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.keycloak.representations.idm.OrganizationRepresentation;
import org.tinaccess.it.support.IntegrationTest;
import org.tinaccess.it.support.JoinPages;
import org.tinaccess.it.support.OnBothMinors;
import org.tinaccess.it.support.PortalUsers;
import org.tinaccess.it.support.Providers;
import org.tinaccess.it.support.RealmUsers;
import org.tinaccess.it.support.RequestAccessPages;
import org.tinaccess.it.support.TestDatabase;
import org.tinaccess.it.support.TestTins;
import org.tinaccess.it.support.TinAccessApi;
import org.tinaccess.it.support.TinAccessServer;

/**
 * A realm admin deletes a provider's Organization through Keycloak's own admin API: our rows about
 * that provider go with it (on every supported Keycloak minor), so its TIN is free again.
 */
@OnBothMinors
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProviderRemovalIT {

    private TinAccessServer server;
    private TinAccessApi reviewer;

    @BeforeAll
    void aReviewer(TinAccessServer server) {
        this.server = server;
        this.reviewer = TinAccessApi.asNewReviewer(server);
    }

    @Test
    void deletingTheOrganizationRemovesItsAdminClaimMembershipsEntitlementsAndJoinRequests() throws SQLException {
        TestDatabase database = database();
        String organizationName = "Birchwood Pediatrics " + UUID.randomUUID().toString().substring(0, 6);
        PortalUsers.TinAdmin provider = registeredProvider(TestTins.next(), organizationName);
        TinAccessApi admin = TinAccessApi.at(server, "/tins/" + provider.tin(), provider.admin().apiToken());
        assertEquals(201, admin.post("/members", member(RealmUsers.uniqueEmail("biller"), "[\"claims\",\"remittance\"]")).status());
        new JoinPages(server).searchByName(organizationName).submit(JoinPages.requester(RealmUsers.uniqueEmail("joiner"))).reference();
        String realmId = server.realm().toRepresentation().getId();
        String orgId = Providers.ofTin(server, provider.tin()).getId();
        try (Connection db = database.connect()) {
            assertEquals(1, rows(db, "SELECT COUNT(*) FROM TA_ADMIN_CLAIM WHERE REALM_ID = ? AND TIN = ?", realmId, provider.tin()));
            assertEquals(2, rows(db, "SELECT COUNT(*) FROM TA_MEMBER WHERE ORG_ID = ?", orgId), "the admin and the biller");
            assertEquals(2, rows(db, "SELECT COUNT(*) FROM TA_MEMBER_ENTITLEMENT WHERE ORG_ID = ?", orgId));
            assertEquals(1, rows(db, "SELECT COUNT(*) FROM TA_ACCESS_REQUEST WHERE ORG_ID = ?", orgId), "the join request");
            assertEquals(2, rows(db, "SELECT COUNT(*) FROM TA_REQUEST_TIN WHERE TIN = ?", provider.tin()), "the admin and join requests' lines");
        }

        deleteOrganization(orgId);

        try (Connection db = database.connect()) {
            assertEquals(0, rows(db, "SELECT COUNT(*) FROM TA_ADMIN_CLAIM WHERE REALM_ID = ? AND TIN = ?", realmId, provider.tin()));
            assertEquals(0, rows(db, "SELECT COUNT(*) FROM TA_MEMBER WHERE ORG_ID = ?", orgId));
            assertEquals(0, rows(db, "SELECT COUNT(*) FROM TA_MEMBER_ENTITLEMENT WHERE ORG_ID = ?", orgId));
            assertEquals(0, rows(db, "SELECT COUNT(*) FROM TA_ACCESS_REQUEST WHERE ORG_ID = ?", orgId));
            // The reviewers' record of the admin request stays: it was about the TIN, not the Organization.
            assertEquals(1, rows(db, "SELECT COUNT(*) FROM TA_REQUEST_TIN WHERE TIN = ?", provider.tin()));
        }
    }

    @Test
    void aTinWhoseOrganizationWasDeletedCanBeRequestedApprovedAndActivatedByANewPerson() {
        String tin = TestTins.next();
        PortalUsers.TinAdmin former = registeredProvider(tin, "Aspen Ridge Clinic");
        String formerOrgId = Providers.ofTin(server, tin).getId();

        deleteOrganization(formerOrgId);

        JsonNode formerTins = TinAccessApi.at(server, "/tins", former.admin().apiToken()).get("").body();
        assertEquals(0, formerTins.size(), "the former admin keeps the account but no TIN: " + formerTins);
        PortalUsers.TinAdmin successor = registeredProvider(tin, "Aspen Ridge Clinic");
        assertNotEquals(formerOrgId, Providers.ofTin(server, tin).getId(), "a new Organization for the TIN");
        assertEquals("admin", successor.admin().claims().get("tins").get(tin).get("role").asText());
        TinAccessApi admin = TinAccessApi.at(server, "/tins/" + tin, successor.admin().apiToken());
        assertEquals(201, admin.post("/members", member(RealmUsers.uniqueEmail("scheduler"), "[]")).status(),
                "the new admin manages the TIN's users");
    }

    @Test
    void deletingAClientRemovesTheBillingServicesGrantsForItAndTheirAssignments() throws SQLException {
        TestDatabase database = database();
        PortalUsers.TinAdmin service = PortalUsers.newBillingService(server, reviewer);
        PortalUsers.TinAdmin client = registeredProvider(TestTins.next(), "Cedar Valley Clinic");
        TinAccessApi billing = TinAccessApi.at(server, "/billing-services/" + service.tin(), service.admin().apiToken());
        String grantId = billing.post("/client-grants", "{\"tin\":\"" + client.tin() + "\"}").body().get("id").asText();
        TinAccessApi.Answer approved = TinAccessApi.at(server, "/tins/" + client.tin() + "/client-grants", client.admin().apiToken())
                .post("/" + grantId + "/approve", "{\"entitlements\":[\"claims\"]}");
        assertEquals(200, approved.status(), approved.toString());
        assertEquals(200, billing.put("/members/" + service.admin().userId() + "/clients", "{\"" + grantId + "\":[\"claims\"]}").status());
        String clientOrgId = Providers.ofTin(server, client.tin()).getId();
        try (Connection db = database.connect()) {
            assertEquals(1, rows(db, "SELECT COUNT(*) FROM TA_CLIENT_GRANT WHERE CLIENT_ORG_ID = ?", clientOrgId));
            assertEquals(1, rows(db, "SELECT COUNT(*) FROM TA_CLIENT_ASSIGNMENT WHERE GRANT_ID = ?", grantId));
        }

        deleteOrganization(clientOrgId);

        try (Connection db = database.connect()) {
            assertEquals(0, rows(db, "SELECT COUNT(*) FROM TA_CLIENT_GRANT WHERE CLIENT_ORG_ID = ?", clientOrgId));
            assertEquals(0, rows(db, "SELECT COUNT(*) FROM TA_CLIENT_ASSIGNMENT WHERE GRANT_ID = ?", grantId));
        }
        assertEquals(0, billing.get("/client-grants").body().get("total").asInt(), "the service's list forgets the deleted client");
    }

    /** Requested on the public pages, approved by the reviewer, activated by the requester. */
    private PortalUsers.TinAdmin registeredProvider(String tin, String organization) {
        String email = RealmUsers.uniqueEmail("provider-admin");
        Map<String, String> contact = RequestAccessPages.contact(email);
        contact.put("organization", organization);
        String reference = RequestAccessPages.open(server).requestAdminAccess(contact, List.of(tin));
        TinAccessApi.Answer approved = reviewer.approve(reviewer.findByReference(reference).get("id").asText(), tin);
        assertEquals(200, approved.status(), approved.toString());
        return new PortalUsers.TinAdmin(tin, PortalUsers.activateAndSignIn(server, email, server.inbox().awaitMessagesTo(email, 2).get(1)));
    }

    private void deleteOrganization(String orgId) {
        try (var deleted = server.realm().organizations().get(orgId).delete()) {
            assertEquals(204, deleted.getStatus());
        }
        List<OrganizationRepresentation> left = server.realm().organizations().search(null, false, 0, 100_000).stream()
                .filter(org -> orgId.equals(org.getId()))
                .toList();
        assertEquals(List.of(), left);
    }

    private static String member(String email, String entitlements) {
        return "{\"email\":\"" + email + "\",\"firstName\":\"Robin\",\"lastName\":\"Hale\",\"entitlements\":" + entitlements + "}";
    }

    private TestDatabase database() {
        assumeTrue(server.database().isPresent(), "this backend keeps its database out of reach");
        return server.database().get();
    }

    private static long rows(Connection db, String countQuery, String... parameters) throws SQLException {
        try (PreparedStatement query = db.prepareStatement(countQuery)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setString(i + 1, parameters[i]);
            }
            try (ResultSet result = query.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }
}
