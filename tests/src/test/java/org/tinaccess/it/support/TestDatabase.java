package org.tinaccess.it.support;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * The database the test server runs on, reachable from the test JVM too, so tests can prove what
 * the schema itself enforces. Fresh for each run.
 */
public interface TestDatabase extends AutoCloseable {

    /** The kc.sh options that point Keycloak at this database. */
    List<String> keycloakOptions();

    /** A new JDBC connection to the same database the server uses. */
    Connection connect() throws SQLException;

    /** Drops what the run created. */
    @Override
    void close();

    static TestDatabase forRun() {
        return switch (TestSettings.database()) {
            case "h2" -> new H2Database(TestSettings.workDir().resolve("h2"));
            case "postgres" -> PostgresDatabase.create(TestSettings.postgresAdminUrl(), TestSettings.postgresUser());
            default -> throw new IllegalStateException("keycloak.test.db must be h2 or postgres, not " + TestSettings.database());
        };
    }
}
