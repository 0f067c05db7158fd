package org.tinaccess.it.foundation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tinaccess.it.support.IntegrationTest;
import org.tinaccess.it.support.OnBothMinors;
import org.tinaccess.it.support.TestDatabase;
import org.tinaccess.it.support.TinAccessServer;

/** Our Liquibase changelog ran on the server's own database, and the schema carries the rules. */
@OnBothMinors
@IntegrationTest
class SchemaIT {

    @ParameterizedTest
    @ValueSource(strings = {"TA_ADMIN_CLAIM", "TA_ACCESS_REQUEST", "TA_REQUEST_TIN", "TA_MEMBER_ENTITLEMENT", "TA_CLIENT_GRANT", "TA_CLIENT_ASSIGNMENT",
        "TA_AGENT_NPN", "TA_PROVIDER_IDENTIFIER"})
    void tableExists(String table, TinAccessServer server) throws SQLException {
        try (Connection db = database(server).connect()) {
            assertEquals(1, countTables(db.getMetaData(), table), table + " should exist");
        }
    }

    @Test
    void databaseRefusesASecondAdminForTheSameTinInTheSameRealm(TinAccessServer server) throws SQLException {
        String realmId = server.realm().toRepresentation().getId();
        String tin = "41" + String.format("%07d", (int) (Math.random() * 9_999_999));
        try (Connection db = database(server).connect()) {
            insertClaim(db, realmId, tin, UUID.randomUUID().toString());

            SQLException refused = assertThrows(SQLException.class, () -> insertClaim(db, realmId, tin, UUID.randomUUID().toString()));
            // 23505 (PostgreSQL, H2): unique or primary-key violation.
            assertEquals("23505", refused.getSQLState());
            // Another realm may have its own admin for the same TIN.
            insertClaim(db, UUID.randomUUID().toString(), tin, UUID.randomUUID().toString());
        }
    }

    @Test
    void databaseKeepsOneOpenClientGrantPerServiceAndClientAndAnyNumberOfClosedOnes(TinAccessServer server) throws SQLException {
        String realmId = server.realm().toRepresentation().getId();
        String service = UUID.randomUUID().toString();
        String client = UUID.randomUUID().toString();
        try (Connection db = database(server).connect()) {
            insertGrant(db, realmId, service, client, "PENDING", client);

            SQLException refused = assertThrows(SQLException.class, () -> insertGrant(db, realmId, service, client, "APPROVED", client));
            assertEquals("23505", refused.getSQLState());
            // Closed grants leave the open slot (NULL), so the history of one service and client may hold many.
            insertGrant(db, realmId, service, client, "EXPIRED", null);
            insertGrant(db, realmId, service, client, "REVOKED", null);
            // Another service may have its own open grant for the same client.
            insertGrant(db, realmId, UUID.randomUUID().toString(), client, "PENDING", client);
        }
    }

    @Test
    void databaseGivesAnAgentsNpnToOneAccountAndAnAccountOneNpnPerRealm(TinAccessServer server) throws SQLException {
        String realmId = server.realm().toRepresentation().getId();
        String npn = Long.toString(9_000_000_000L + (long) (Math.random() * 999_999_999L));
        String holder = UUID.randomUUID().toString();
        try (Connection db = database(server).connect()) {
            insertAgentNpn(db, realmId, npn, holder);

            SQLException taken = assertThrows(SQLException.class, () -> insertAgentNpn(db, realmId, npn, UUID.randomUUID().toString()));
            assertEquals("23505", taken.getSQLState());
            SQLException second = assertThrows(SQLException.class, () -> insertAgentNpn(db, realmId, npn.replace('9', '8'), holder));
            assertEquals("23505", second.getSQLState(), "one NPN per account");
            // Another realm has its own agents.
            insertAgentNpn(db, UUID.randomUUID().toString(), npn, UUID.randomUUID().toString());
        }
    }

    @Test
    void databaseGivesAnNpiOrAnAgencyNpnToOneProviderPerRealm(TinAccessServer server) throws SQLException {
        String realmId = server.realm().toRepresentation().getId();
        String number = Long.toString(8_000_000_000L + (long) (Math.random() * 999_999_999L));
        try (Connection db = database(server).connect()) {
            insertIdentifier(db, realmId, "NPI", number, UUID.randomUUID().toString());

            SQLException taken = assertThrows(SQLException.class, () -> insertIdentifier(db, realmId, "NPI", number, UUID.randomUUID().toString()));
            assertEquals("23505", taken.getSQLState());
            // The same digits as an agency's NPN, or in another realm, are another identifier.
            insertIdentifier(db, realmId, "AGENCY_NPN", number, UUID.randomUUID().toString());
            insertIdentifier(db, UUID.randomUUID().toString(), "NPI", number, UUID.randomUUID().toString());
        }
    }

    private static void insertIdentifier(Connection db, String realmId, String kind, String identifier, String orgId) throws SQLException {
        try (PreparedStatement insert = db.prepareStatement(
                "INSERT INTO TA_PROVIDER_IDENTIFIER (REALM_ID, KIND, IDENTIFIER, ORG_ID, CLAIMED_AT) VALUES (?, ?, ?, ?, ?)")) {
            insert.setString(1, realmId);
            insert.setString(2, kind);
            insert.setString(3, identifier);
            insert.setString(4, orgId);
            insert.setLong(5, System.currentTimeMillis());
            insert.executeUpdate();
        }
    }

    private static void insertAgentNpn(Connection db, String realmId, String npn, String userId) throws SQLException {
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO TA_AGENT_NPN (REALM_ID, NPN, USER_ID, CLAIMED_AT) VALUES (?, ?, ?, ?)")) {
            insert.setString(1, realmId);
            insert.setString(2, npn);
            insert.setString(3, userId);
            insert.setLong(4, System.currentTimeMillis());
            insert.executeUpdate();
        }
    }

    private static void insertGrant(Connection db, String realmId, String serviceOrgId, String clientOrgId, String status, String openClient)
            throws SQLException {
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO TA_CLIENT_GRANT (ID, REALM_ID, SERVICE_ORG_ID, SERVICE_TIN, CLIENT_REF,"
                + " CLIENT_ORG_ID, STATUS, REQUESTED_BY, REQUESTED_AT, RESENT, OPEN_CLIENT) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, UUID.randomUUID().toString());
            insert.setString(2, realmId);
            insert.setString(3, serviceOrgId);
            insert.setString(4, "411111111");
            insert.setString(5, "422222222");
            insert.setString(6, clientOrgId);
            insert.setString(7, status);
            insert.setString(8, UUID.randomUUID().toString());
            insert.setLong(9, System.currentTimeMillis());
            insert.setBoolean(10, false);
            insert.setString(11, openClient);
            insert.executeUpdate();
        }
    }

    /**
     * On PostgreSQL the accounts a member search looks for are found through trigram indexes on the
     * user table: they exist and serve the subquery's {@code lower(column) LIKE '%text%'} (the planner
     * is kept off sequential scans, which it prefers on a test's few hundred rows). Elsewhere the change
     * set does not run and the user table keeps only Keycloak's own indexes.
     */
    @Test
    void memberSearchHasTrigramIndexesOnPostgresqlOnly(TinAccessServer server) throws SQLException {
        List<String> columns = List.of("EMAIL", "USERNAME", "FIRST_NAME", "LAST_NAME");
        try (Connection db = database(server).connect()) {
            boolean postgres = db.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
            for (String column : columns) {
                String index = "idx_ta_user_" + column.toLowerCase(Locale.ROOT) + "_trgm";
                assertEquals(postgres ? 1 : 0, countIndexes(db.getMetaData(), index), index);
                if (postgres) {
                    try (Statement statement = db.createStatement()) {
                        statement.execute("SET enable_seqscan = off");
                        try (ResultSet plan = statement.executeQuery("EXPLAIN SELECT ID FROM USER_ENTITY WHERE lower(" + column
                                + ") LIKE '%okafor%'")) {
                            StringBuilder text = new StringBuilder();
                            while (plan.next()) {
                                text.append(plan.getString(1)).append('\n');
                            }
                            assertTrue(text.toString().contains(index), "the search by " + column + " uses " + index + ":\n" + text);
                        }
                        statement.execute("RESET enable_seqscan");
                    }
                }
            }
        }
    }

    private static int countIndexes(DatabaseMetaData metaData, String index) throws SQLException {
        int found = 0;
        for (String table : new String[] {"USER_ENTITY", "user_entity"}) {
            try (ResultSet indexes = metaData.getIndexInfo(null, null, table, false, true)) {
                while (indexes.next()) {
                    if (index.equalsIgnoreCase(indexes.getString("INDEX_NAME"))) {
                        found++;
                    }
                }
            }
        }
        return found;
    }

    private static TestDatabase database(TinAccessServer server) {
        assumeTrue(server.database().isPresent(), "this backend keeps its database out of reach");
        return server.database().get();
    }

    private static void insertClaim(Connection db, String realmId, String tin, String userId) throws SQLException {
        try (PreparedStatement insert = db.prepareStatement(
                "INSERT INTO TA_ADMIN_CLAIM (REALM_ID, TIN, USER_ID, CLAIMED_AT) VALUES (?, ?, ?, ?)")) {
            insert.setString(1, realmId);
            insert.setString(2, tin);
            insert.setString(3, userId);
            insert.setLong(4, System.currentTimeMillis());
            insert.executeUpdate();
        }
    }

    private static int countTables(DatabaseMetaData metaData, String table) throws SQLException {
        int found = 0;
        // PostgreSQL folds unquoted names to lower case, H2 to upper case.
        for (String name : new String[] {table, table.toLowerCase(Locale.ROOT)}) {
            try (ResultSet tables = metaData.getTables(null, null, name, new String[] {"TABLE"})) {
                while (tables.next()) {
                    found++;
                }
            }
        }
        return found;
    }
}
