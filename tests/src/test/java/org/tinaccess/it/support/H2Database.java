package org.tinaccess.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Keycloak's embedded H2 in a file of this run. AUTO_SERVER lets the test JVM open the database
 * the server holds (H2 serves it over TCP to the second process).
 */
final class H2Database implements TestDatabase {

    private static final String USER = "sa";
    private static final String PASSWORD = "password";

    private final Path directory;
    private final String url;

    H2Database(Path directory) {
        this.directory = directory.toAbsolutePath();
        deleteRecursively(this.directory);
        // LOCK_TIMEOUT: H2 gives up on a lock after 1 s by default, which a loaded CI machine
        // exceeds when concurrent approvals all insert the same new user; PostgreSQL just waits.
        this.url = "jdbc:h2:file:" + this.directory.resolve("keycloakdb") + ";NON_KEYWORDS=VALUE;AUTO_SERVER=TRUE;LOCK_TIMEOUT=10000";
    }

    @Override
    public List<String> keycloakOptions() {
        return List.of("--db=dev-file", "--db-url=" + url, "--db-username=" + USER, "--db-password=" + PASSWORD);
    }

    @Override
    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url, USER, PASSWORD);
    }

    @Override
    public void close() {
        // The files stay under target/ for a post-mortem; the next run starts from scratch.
    }

    private static void deleteRecursively(Path directory) {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not clear " + directory, e);
        }
    }
}
