package org.tinaccess.bench;

import java.nio.file.Path;
import java.time.Duration;
import org.tinaccess.server.KeycloakProcess;

/**
 * The server a benchmark measures, started as a plan runs it (docker/Dockerfile): {@code kc.sh build} with the
 * database, the clustered cache, health and metrics, then {@code kc.sh start --optimized} (production profile,
 * theme and template caches on), on the benchmark's own ports and database.
 */
final class BenchServer {

    /** Benchmarks run on busy developer machines too; a slow start is not what they measure. */
    private static final Duration START_TIMEOUT = Duration.ofMinutes(10);

    private BenchServer() {}

    static KeycloakProcess start(Path keycloakHome, Path work, BenchDatabase database, int httpPort) {
        return start(keycloakHome, work, database, httpPort, null);
    }

    /** As {@link #start(Path, Path, BenchDatabase, int)}, recording with Flight Recorder's profiling settings into {@code recording}, written when the server stops. */
    static KeycloakProcess start(Path keycloakHome, Path work, BenchDatabase database, int httpPort, Path recording) {
        KeycloakProcess.Options options = new KeycloakProcess.Options(keycloakHome).httpPort(httpPort).managementPort(httpPort + 1000)
                .production().startTimeout(START_TIMEOUT).logFile(work.resolve("keycloak-server.log"));
        if (recording != null) {
            options.environment("JAVA_OPTS_APPEND", "-XX:StartFlightRecording=settings=profile,dumponexit=true,filename=" + recording);
        }
        database.keycloakOptions().forEach(options::argument);
        options.argument("--cache=ispn").argument("--metrics-enabled=true");
        KeycloakProcess.build(options);
        return KeycloakProcess.start(options.argument("--optimized"));
    }
}
