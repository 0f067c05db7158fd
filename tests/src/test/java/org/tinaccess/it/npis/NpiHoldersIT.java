package org.tinaccess.it.npis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.representations.idm.AdminEventRepresentation;
import org.keycloak.representations.idm.OrganizationRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
import org.tinaccess.it.support.AdminEvents;
import org.tinaccess.it.support.IntegrationTest;
import org.tinaccess.it.support.PortalSignIns;
import org.tinaccess.it.support.PortalUsers;
import org.tinaccess.it.support.Providers;
import org.tinaccess.it.support.RealmUsers;
import org.tinaccess.it.support.TestNpis;
import org.tinaccess.it.support.TestNpns;
import org.tinaccess.it.support.TestTins;
import org.tinaccess.it.support.TinAccessApi;
import org.tinaccess.it.support.TinAccessServer;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * An NPI belongs to the first provider approved with it; a reviewer moves it to the rightful one,
 * and the provider that loses it loses it everywhere: its list, its members' limits, its tokens.
 */
@IntegrationTest
class NpiHoldersIT {

    private static final String CHANGELOG = "META-INF/tin-access/changelog-2026-12-05-identifiers-and-confirmations.xml";

    @Test
    void aReviewerMovesAnNpiToTheRightfulProviderAndTheOtherLosesItWithItsMembersLimits(TinAccessServer server) {
        TinAccessApi reviewer = TinAccessApi.asNewReviewer(server);
        String npi = TestNpis.next();
        String kept = TestNpis.next();
        PortalUsers.TinAdmin first = PortalUsers.newTinAdmin(server, reviewer, List.of(npi, kept));
        PortalUsers.SignedIn onlyThatNpi = member(server, first, List.of(npi));
        PortalUsers.SignedIn bothNpis = member(server, first, List.of(npi, kept));
        PortalUsers.TinAdmin rightful = PortalUsers.newTinAdmin(server, reviewer, List.of(npi));
        assertFalse(Providers.full(server, rightful.tin()).getAttributes().getOrDefault("npi", List.of()).contains(npi),
                "typed by a second provider, the NPI stayed with the first");

        TinAccessApi npis = TinAccessApi.at(server, "/npis", reviewer.token());
        assertEquals(first.tin(), npis.get("/" + npi).body().path("tin").asText());
        PortalSignIns.Member bothAtThePortal = PortalSignIns.signIn(server, bothNpis);
        Instant moving = Instant.now();
        TinAccessApi.Answer moved = npis.put("/" + npi, "{\"tin\":\"" + rightful.tin() + "\"}");

        assertEquals(200, moved.status(), moved.toString());
        bothAtThePortal.awaitSignedOut(moving, Duration.ofSeconds(2));
        assertEquals(first.tin(), moved.body().path("previousTin").asText());
        assertEquals(1, moved.body().path("suspended").asInt(), "the member limited to that NPI alone: " + moved);
        assertEquals(rightful.tin(), npis.get("/" + npi).body().path("tin").asText());
        assertTrue(Providers.full(server, rightful.tin()).getAttributes().get("npi").contains(npi));
        assertEquals(List.of(kept), Providers.full(server, first.tin()).getAttributes().get("npi"));
        assertNull(PortalUsers.refreshedTins(server, onlyThatNpi).get(first.tin()),
                "an empty limit would read 'the whole TIN': suspended on that TIN instead");
        JsonNode narrowed = PortalUsers.refreshedTins(server, bothNpis).get(first.tin());
        assertEquals(List.of(kept), List.of(narrowed.get("npis").get(0).asText()), narrowed.toString());
        assertEquals(1, narrowed.get("npis").size(), narrowed.toString());
        List<AdminEventRepresentation> events = AdminEvents.query(server, "resourceTypes=ORGANIZATION&resourcePath=tin-access/npis/" + npi).events();
        assertEquals(1, events.size(), "the move is an admin event");
        Map<String, String> details = events.get(0).getDetails();
        assertEquals("TIN_ACCESS_PROVIDER_NPI", details.get("tinAccessKind"));
        assertTrue(details.get("from").endsWith(first.tin().substring(5)) && details.get("to").endsWith(rightful.tin().substring(5)), details.toString());
        assertEquals("1", details.get("suspended"));
        assertEquals(reviewer.userId(), events.get(0).getAuthDetails().getUserId());
    }

    @Test
    void aReviewerWhoBelongsToEitherProviderDoesNotMoveItAndBadInputIsRefused(TinAccessServer server) {
        TinAccessApi reviewer = TinAccessApi.asNewReviewer(server);
        String npi = TestNpis.next();
        PortalUsers.TinAdmin holder = PortalUsers.newTinAdmin(server, reviewer, List.of(npi));
        PortalUsers.TinAdmin other = PortalUsers.newTinAdmin(server, reviewer);
        // The other provider's admin is a reviewer too: they may not take the NPI for their own provider.
        RoleRepresentation role = server.realm().roles().get("tin-reviewer").toRepresentation();
        server.realm().users().get(other.admin().userId()).roles().realmLevel().add(List.of(role));
        PortalUsers.SignedIn again = PortalUsers.signIn(server, other.admin().email(), other.admin().totpSecret());
        TinAccessApi interested = TinAccessApi.at(server, "/npis", again.apiToken());

        TinAccessApi.Answer own = interested.put("/" + npi, "{\"tin\":\"" + other.tin() + "\"}");
        assertEquals(409, own.status(), own.toString());
        assertEquals("own_case", own.body().path("error").asText());
        assertEquals(holder.tin(), interested.get("/" + npi).body().path("tin").asText(), "nothing moved");

        TinAccessApi npis = TinAccessApi.at(server, "/npis", reviewer.token());
        assertEquals("invalid_npi", npis.get("/1234567890").body().path("error").asText(), "a wrong check digit");
        assertEquals(404, npis.get("/" + TestNpis.next()).status(), "an NPI nobody holds");
        assertEquals("invalid_tin", npis.put("/" + npi, "{\"tin\":\"12-34\"}").body().path("error").asText());
        assertEquals("no_provider", npis.put("/" + npi, "{\"tin\":\"" + TestTins.next() + "\"}").body().path("error").asText());
        assertEquals(holder.tin(), npis.get("/" + npi).body().path("tin").asText());
    }

    @Test
    void identifiersProvidersListedBeforeTheHoldersTableGoToOneProviderEachOnUpgrade(TinAccessServer server) throws Exception {
        String npi = TestNpis.next();
        String agencyNpn = TestNpns.next();
        String lower = organization(server, Map.of("npi", List.of(npi)));
        String higher = organization(server, Map.of("npi", List.of(npi), "agencyNpn", List.of(agencyNpn)));
        String realmId = server.realm().toRepresentation().getId();

        try (Connection db = server.database().orElseThrow().connect()) {
            assertEquals(List.of(), holders(db, realmId, npi), "listed by attribute only, as before the table");
            backfill(db);
            backfill(db);

            String expected = lower.compareTo(higher) < 0 ? lower : higher;
            assertEquals(List.of(expected), holders(db, realmId, npi), "one holder, the same on every database");
            assertEquals(List.of(higher), holders(db, realmId, agencyNpn));
        }
    }

    private static PortalUsers.SignedIn member(TinAccessServer server, PortalUsers.TinAdmin admin, List<String> limits) {
        TinAccessApi tins = TinAccessApi.at(server, "/tins/" + admin.tin(), admin.admin().apiToken());
        String email = RealmUsers.uniqueEmail("limited");
        assertEquals(201, tins.post("/members", "{\"email\":\"" + email + "\",\"firstName\":\"Lee\",\"lastName\":\"Limited\","
                + "\"entitlements\":[\"claims\"]}").status());
        PortalUsers.SignedIn member = PortalUsers.activateAndSignIn(server, email, server.inbox().awaitMessageTo(email));
        TinAccessApi.Answer limited = tins.put("/members/" + member.userId() + "/npis", "[\"" + String.join("\",\"", limits) + "\"]");
        assertEquals(200, limited.status(), limited.toString());
        return member;
    }

    /** An Organization made through Keycloak's admin API with {@code attributes}, as a provider approved before the table. */
    private static String organization(TinAccessServer server, Map<String, List<String>> attributes) {
        OrganizationRepresentation organization = new OrganizationRepresentation();
        String tin = TestTins.next();
        organization.setName("Legacy provider " + tin);
        organization.setAlias(tin);
        organization.setAttributes(attributes);
        try (Response created = server.realm().organizations().create(organization)) {
            assertEquals(201, created.getStatus());
            return CreatedResponseUtil.getCreatedId(created);
        }
    }

    /** The upgrade's statements, read from the changelog the server ran, run again on today's rows. */
    private static void backfill(Connection db) throws Exception {
        try (InputStream changelog = NpiHoldersIT.class.getClassLoader().getResourceAsStream(CHANGELOG)) {
            NodeList changeSets = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(changelog).getElementsByTagName("changeSet");
            for (int i = 0; i < changeSets.getLength(); i++) {
                Element changeSet = (Element) changeSets.item(i);
                if (changeSet.getAttribute("id").equals("2026-12-05-provider-identifier-backfill")) {
                    String sql = changeSet.getElementsByTagName("sql").item(0).getTextContent();
                    try (Statement statement = db.createStatement()) {
                        for (String one : sql.split(";")) {
                            if (!one.isBlank()) {
                                statement.executeUpdate(one);
                            }
                        }
                    }
                    return;
                }
            }
        }
        throw new AssertionError("no backfill change set in " + CHANGELOG);
    }

    private static List<String> holders(Connection db, String realmId, String identifier) throws SQLException {
        try (PreparedStatement query = db.prepareStatement("select ORG_ID from TA_PROVIDER_IDENTIFIER where REALM_ID = ? and IDENTIFIER = ?")) {
            query.setString(1, realmId);
            query.setString(2, identifier);
            List<String> holders = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    holders.add(rows.getString(1));
                }
            }
            return holders;
        }
    }
}
