package org.tinaccess.it.support;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/** The harness's inputs, set by the tests module's pom (failsafe system properties). */
final class TestSettings {

    static final String REALM = "provider-portal";
    /** The test server's interval for TIN Access's scheduled jobs. */
    static final int JOB_INTERVAL_SECONDS = 1;

    private TestSettings() {}

    static String server() {
        return System.getProperty("keycloak.server", "distribution");
    }

    static String database() {
        return System.getProperty("keycloak.test.db", "h2");
    }

    static String keycloakVersion() {
        return required("keycloak.version");
    }

    static Path keycloakHome() {
        return Path.of(required("keycloak.home"));
    }

    /**
     * How long the test server may take to start (ISO-8601, e.g. {@code PT8M}): on a machine shared
     * with other Keycloak builds the default 4 minutes can pass before the augmentation is done.
     */
    static Duration startTimeout() {
        return Duration.parse(System.getProperty("keycloak.test.start-timeout", "PT4M"));
    }

    /** Scratch space of this run: server log, H2 files. */
    static Path workDir() {
        return Path.of(System.getProperty("keycloak.test.work", "target/it"));
    }

    /** The run command's demo accounts, which the test server gets too (realm-config/dev). */
    static Path devData() {
        return Path.of(System.getProperty("tin-access.root", "..")).resolve("realm-config/dev");
    }

    static String postgresAdminUrl() {
        return System.getProperty("keycloak.test.postgres.url", "jdbc:postgresql://127.0.0.1:5432/postgres");
    }

    static String postgresUser() {
        return System.getProperty("keycloak.test.postgres.user", "postgres");
    }

    /**
     * JaCoCo's agent for the server's JVM, recording which of our classes and methods the server ran
     * (only the older minor's stage asks for it: -Pkeycloak-26.6-server). Appended to the file, so a
     * server restarted within the run adds to what the first one recorded.
     */
    static Optional<String> coverageAgent() {
        if (!"false".equals(System.getProperty("keycloak.test.coverage.skip", "true"))) {
            return Optional.empty();
        }
        Path file = Path.of(required("keycloak.test.coverage.file"));
        // The classes as the server ran them: Quarkus rewrites some of ours when it builds the server,
        // and JaCoCo matches what ran to class files by their bytes.
        return Optional.of("-javaagent:" + required("keycloak.test.coverage.agent") + "=destfile=" + file + ",classdumpdir="
                + file.resolveSibling("classes") + ",includes=org.tinaccess.*,append=true");
    }

    private static String required(String name) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("System property " + name + " is not set; run the tests through Maven (mvn verify)");
        }
        return value;
    }
}
