package org.tinaccess.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The database a benchmark's server runs on, also reachable from the benchmark to seed data by SQL:
 * a fresh H2 file (default) or, with -Ppostgres, a fresh database on the local PostgreSQL that is
 * dropped at the end.
 */
final class BenchDatabase implements AutoCloseable {

    private static final String POSTGRES = "jdbc:postgresql://127.0.0.1:5432/";

    static {
        // exec:java runs each benchmark in a class loader of its own; DriverManager registered only
        // the drivers of the first one, so each loads (and so registers) its own.
        try {
            Class.forName("org.postgresql.Driver");
            Class.forName("org.h2.Driver");
        } catch (ClassNotFoundException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final String kind;
    private final String url;
    private final String user;
    private final String password;
    private final String postgresName;

    private BenchDatabase(String kind, String url, String user, String password, String postgresName) {
        this.kind = kind;
        this.url = url;
        this.user = user;
        this.password = password;
        this.postgresName = postgresName;
    }

    /** {@code kind} is h2 or postgres (bench/pom.xml's keycloak.test.db); H2 files go under {@code work}. */
    static BenchDatabase create(String kind, Path work, String name) throws SQLException, IOException {
        if ("postgres".equals(kind)) {
            String database = "tin_bench_" + name + "_" + System.currentTimeMillis();
            execute("CREATE DATABASE " + database);
            return new BenchDatabase(kind, POSTGRES + database, "postgres", "postgres", database);
        }
        deleteRecursively(work.resolve("h2"));
        String url = "jdbc:h2:file:" + work.toAbsolutePath().resolve("h2/keycloakdb") + ";NON_KEYWORDS=VALUE;AUTO_SERVER=TRUE";
        return new BenchDatabase("h2", url, "sa", "password", null);
    }

    /** H2 or PostgreSQL, for the tables' captions. */
    String label() {
        return "postgres".equals(kind) ? "PostgreSQL" : "H2";
    }

    List<String> keycloakOptions() {
        return List.of("--db=" + ("postgres".equals(kind) ? "postgres" : "dev-file"), "--db-url=" + url, "--db-username=" + user,
                "--db-password=" + password);
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }

    /**
     * Brings the planner's statistics up to date after seeding, as a running database's own
     * maintenance (PostgreSQL's autovacuum) would have by the time the rows had accumulated in real
     * use: without it PostgreSQL plans for the empty tables it last saw.
     */
    void analyze() throws SQLException {
        try (Connection db = connect(); Statement statement = db.createStatement()) {
            db.setAutoCommit(true);
            statement.execute("postgres".equals(kind) ? "VACUUM ANALYZE" : "ANALYZE");
        }
    }

    /** The plan the database runs {@code sql} with, and what running it took (EXPLAIN ANALYZE), one line per step. */
    List<String> explain(String sql, List<Object> parameters) throws SQLException {
        String explain = "postgres".equals(kind) ? "EXPLAIN (ANALYZE, BUFFERS) " : "EXPLAIN ANALYZE ";
        try (Connection db = connect(); PreparedStatement statement = db.prepareStatement(explain + sql)) {
            for (int i = 0; i < parameters.size(); i++) {
                statement.setObject(i + 1, parameters.get(i));
            }
            List<String> lines = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    lines.add(rows.getString(1));
                }
            }
            return lines;
        }
    }

    @Override
    public void close() throws SQLException {
        if (postgresName != null) {
            execute("DROP DATABASE IF EXISTS " + postgresName + " WITH (FORCE)");
        }
    }

    /** A fresh H2 database each run: a second run must not find the first one's realms and people. */
    private static void deleteRecursively(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (var paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    private static void execute(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(POSTGRES + "postgres", "postgres", "postgres");
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
