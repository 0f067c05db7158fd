package org.tinaccess.it.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.keycloak.representations.idm.AdminEventRepresentation;
import org.tinaccess.it.support.AdminEvents;
import org.tinaccess.it.support.IntegrationTest;
import org.tinaccess.it.support.OnBothMinors;
import org.tinaccess.it.support.PortalUsers;
import org.tinaccess.it.support.Readme;
import org.tinaccess.it.support.RealmUsers;
import org.tinaccess.it.support.ShellRecipe;
import org.tinaccess.it.support.FactorHolders;
import org.tinaccess.it.support.HelpDeskCalls;
import org.tinaccess.it.support.TinAccessApi;
import org.tinaccess.it.support.TinAccessServer;

/**
 * A plan's auditor finds TIN Access's admin events with Keycloak's own filters (the admin console's
 * Events → Admin events search, or the admin REST query in docs/admin-guide.md): by a resource type Keycloak
 * knows, by the resource path of our API, and reads our kind in the details.
 */
@OnBothMinors
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AdminEventFiltersIT {

    private TinAccessServer server;
    private TinAccessApi reviewer;
    private PortalUsers.TinAdmin tinAdmin;

    @BeforeAll
    void anApprovedTinAdmin(TinAccessServer server) {
        this.server = server;
        this.reviewer = TinAccessApi.asNewReviewer(server);
        this.tinAdmin = PortalUsers.newTinAdmin(server, reviewer);
    }

    @Test
    void aReviewersApprovalIsFoundAsAnOrganizationEvent() {
        AdminEventRepresentation approval = single("resourceTypes=ORGANIZATION&resourcePath=tin-access/admin-requests/*/tins/" + tinAdmin.tin());

        assertEquals("ACTION", approval.getOperationType());
        assertEquals("TIN_ACCESS_ADMIN_REQUEST", approval.getDetails().get("tinAccessKind"));
        assertEquals("approved", approval.getDetails().get("decision"));
        assertEquals(reviewer.userId(), approval.getAuthDetails().getUserId());
    }

    @Test
    void aTinAdminsChangesToAMemberAreFoundAsOrganizationMembershipEvents() {
        String userId = addMember();
        assertEquals(200, tinApi().put("/" + tinAdmin.tin() + "/members/" + userId + "/entitlements", "[\"claims\"]").status());

        List<AdminEventRepresentation> events = found("resourceTypes=ORGANIZATION_MEMBERSHIP&resourcePath=tin-access/tins/" + tinAdmin.tin() + "/members/" + userId);

        assertEquals(List.of("entitlements:claims", "invited"), events.stream().map(e -> e.getDetails().get("action")).toList(), "newest first");
        for (AdminEventRepresentation event : events) {
            assertEquals("TIN_ACCESS_MEMBER", event.getDetails().get("tinAccessKind"));
            assertEquals(userId, event.getDetails().get("targetUserId"));
            assertEquals(tinAdmin.admin().userId(), event.getAuthDetails().getUserId());
        }
    }

    @Test
    void theHelpDesksMfaResetIsFoundAsAUserEventWithHowTheCallerWasVerified() {
        FactorHolders.Holder person = FactorHolders.create(server, FactorHolders.Factor.SMS);
        String userId = person.userId();
        TinAccessApi agent = TinAccessApi.asNewHelpDesk(server);
        String checkId = HelpDeskCalls.verifyByPhone(server, agent, person);
        assertEquals(200, agent.post("/checks/" + checkId + "/reset", null).status());

        AdminEventRepresentation reset = single("resourceTypes=USER&resourcePath=tin-access/users/" + userId + "/*");

        assertEquals("TIN_ACCESS_USER", reset.getDetails().get("tinAccessKind"));
        assertEquals("mfa-reset", reset.getDetails().get("action"));
        assertEquals("phone", reset.getDetails().get("method"));
        assertEquals(agent.userId(), reset.getDetails().get("verifiedBy"));
        assertEquals("reset", reset.getDetails().get("outcome"));
    }

    @Test
    void everyTinAccessEventHasAResourceTypeTheAdminConsoleOffersAsAFilter() {
        // The admin console's "Resource types" choices are the server's own list of them.
        List<String> offered = server.admin().serverInfo().getInfo().getEnums().get("resourceType");
        List<AdminEventRepresentation> ours = found("resourcePath=tin-access/*&max=1000");

        assertFalse(ours.isEmpty());
        for (AdminEventRepresentation event : ours) {
            assertTrue(offered.contains(event.getResourceType()), event.getResourceType() + " is not among " + offered);
            assertFalse(event.getDetails().get("tinAccessKind").isBlank());
        }
        for (String type : ours.stream().map(AdminEventRepresentation::getResourceType).distinct().toList()) {
            AdminEvents.Found byType = AdminEvents.query(server, "resourceTypes=" + type + "&resourcePath=tin-access/*");
            assertEquals(200, byType.status(), byType.body());
            assertFalse(byType.events().isEmpty(), type);
        }
    }

    @Test
    void theAdminGuidesQueryAnswersAListAsWritten() throws Exception {
        ShellRecipe.requireTools("bash", "curl", "jq");
        String recipe = Readme.load("docs/admin-guide.md").section("Audit: TIN Access in the realm's admin events").code("bash");

        try (ShellRecipe query = ShellRecipe.start(recipe, server)) {
            String output = query.awaitSuccess(Duration.ofSeconds(30));
            assertTrue(new ObjectMapper().readTree(output).isArray(), "Keycloak's answer to the admin guide's query:\n" + output);
        }
    }

    private String addMember() {
        String body = "{\"email\":\"" + RealmUsers.uniqueEmail("audited") + "\",\"firstName\":\"Sam\",\"lastName\":\"Audit\",\"entitlements\":[]}";
        TinAccessApi.Answer added = tinApi().post("/" + tinAdmin.tin() + "/members", body);
        assertEquals(201, added.status(), added.toString());
        return added.body().get("id").asText();
    }

    private TinAccessApi tinApi() {
        return TinAccessApi.at(server, "/tins", tinAdmin.admin().apiToken());
    }

    private List<AdminEventRepresentation> found(String query) {
        AdminEvents.Found found = AdminEvents.query(server, query);
        assertEquals(200, found.status(), found.body());
        return found.events();
    }

    private AdminEventRepresentation single(String query) {
        List<AdminEventRepresentation> events = found(query);
        assertEquals(1, events.size(), events.toString());
        return events.get(0);
    }
}
