package org.tinaccess.it.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.jboss.logging.Logger;

/** A database created for this run on the local PostgreSQL server and dropped at the end. */
final class PostgresDatabase implements TestDatabase {

    private static final Logger LOG = Logger.getLogger(PostgresDatabase.class);

    private final String adminUrl;
    private final String user;
    private final String name;
    private final String url;

    private PostgresDatabase(String adminUrl, String user, String name) {
        this.adminUrl = adminUrl;
        this.user = user;
        this.name = name;
        this.url = adminUrl.substring(0, adminUrl.lastIndexOf('/') + 1) + name;
    }

    static PostgresDatabase create(String adminUrl, String user) {
        PostgresDatabase database = new PostgresDatabase(adminUrl, user, "tin_access_it_" + System.currentTimeMillis());
        database.execute("CREATE DATABASE " + database.name);
        LOG.infof("Created PostgreSQL database %s", database.name);
        return database;
    }

    @Override
    public List<String> keycloakOptions() {
        // Local trust authentication: the password is not checked, but Keycloak wants one.
        return List.of("--db=postgres", "--db-url=" + url, "--db-username=" + user, "--db-password=" + user);
    }

    @Override
    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, user);
    }

    @Override
    public void close() {
        execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        LOG.infof("Dropped PostgreSQL database %s", name);
    }

    private void execute(String sql) {
        try (Connection connection = DriverManager.getConnection(adminUrl, user, user);
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at " + adminUrl + " refused: " + sql, e);
        }
    }
}
