package org.tinaccess.bench;

import java.nio.file.Path;
import java.time.Duration;
import org.tinaccess.server.KeycloakProcess;

/** The server a benchmark measures: the run command's Keycloak (start-dev) on the benchmark's own ports and database. */
final class BenchServer {

    /** Benchmarks run on busy developer machines too; a slow start is not what they measure. */
    private static final Duration START_TIMEOUT = Duration.ofMinutes(10);

    private BenchServer() {}

    static KeycloakProcess start(Path keycloakHome, Path work, BenchDatabase database, int httpPort) {
        KeycloakProcess.Options options = new KeycloakProcess.Options(keycloakHome).httpPort(httpPort).managementPort(httpPort + 1000)
                .startTimeout(START_TIMEOUT).logFile(work.resolve("keycloak-server.log"));
        database.keycloakOptions().forEach(options::argument);
        return KeycloakProcess.start(options);
    }
}
