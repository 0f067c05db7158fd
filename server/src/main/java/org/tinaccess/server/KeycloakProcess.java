package org.tinaccess.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.jboss.logging.Logger;

/**
 * One Keycloak server process started from the unpacked distribution ({@code bin/kc.sh}), with TIN
 * Access installed and the realm imported: in development mode for the run command and the
 * integration tests, or with {@code start} (production mode) for the cluster tests' nodes.
 */
public final class KeycloakProcess implements AutoCloseable {

    public static final String BOOTSTRAP_ADMIN = "admin";
    public static final String BOOTSTRAP_PASSWORD = "admin";

    private static final Logger LOG = Logger.getLogger(KeycloakProcess.class);
    private static final Duration START_TIMEOUT = Duration.ofMinutes(4);
    private static final Duration BUILD_TIMEOUT = Duration.ofMinutes(10);

    private final Process process;
    private final int httpPort;
    private final int managementPort;
    private final Path logFile;

    private KeycloakProcess(Process process, int httpPort, int managementPort, Path logFile) {
        this.process = process;
        this.httpPort = httpPort;
        this.managementPort = managementPort;
        this.logFile = logFile;
    }

    /** How to start: ports, extra {@code kc.sh} options and environment, where output goes. */
    public static final class Options {
        private final Path keycloakHome;
        private int httpPort = 8080;
        private int managementPort = 9000;
        private final List<String> arguments = new ArrayList<>();
        private final Map<String, String> environment = new HashMap<>();
        private Path logFile;
        private boolean production;
        private Duration startTimeout = START_TIMEOUT;

        public Options(Path keycloakHome) {
            this.keycloakHome = keycloakHome;
        }

        public Options httpPort(int port) {
            this.httpPort = port;
            return this;
        }

        public Options managementPort(int port) {
            this.managementPort = port;
            return this;
        }

        public Options argument(String argument) {
            arguments.add(argument);
            return this;
        }

        public Options environment(String name, String value) {
            environment.put(name, value);
            return this;
        }

        /**
         * {@code kc.sh start} instead of {@code start-dev}: the production profile, whose default cache
         * is the clustered one (ispn). Plain HTTP and hostnames taken from each request, so that
         * nodes on loopback ports answer with their own addresses.
         */
        public Options production() {
            this.production = true;
            return this;
        }

        /** How long to wait for the readiness probe (a loaded machine starting several servers needs longer). */
        public Options startTimeout(Duration timeout) {
            this.startTimeout = timeout;
            return this;
        }

        /** Without a log file the server writes to this process's console. */
        public Options logFile(Path file) {
            this.logFile = file;
            return this;
        }
    }

    /**
     * Runs {@code kc.sh build} with {@code options}' arguments (Keycloak ignores the run-time ones), so
     * that a {@code start} with the same options finds the server image up to date and starts
     * within its readiness timeout; several nodes sharing the distribution build it once.
     */
    public static void build(Options options) {
        List<String> command = new ArrayList<>(List.of(script(options).toString(), "build", "--health-enabled=true"));
        command.addAll(options.arguments);
        ProcessBuilder builder = new ProcessBuilder(command).directory(options.keycloakHome.toFile()).redirectErrorStream(true);
        if (options.logFile == null) {
            builder.inheritIO();
        } else {
            builder.redirectOutput(ProcessBuilder.Redirect.appendTo(options.logFile.toFile()));
        }
        LOG.infof("Building the server image: %s", String.join(" ", command));
        try {
            Process build = builder.start();
            if (!build.waitFor(BUILD_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                build.destroyForcibly();
                throw new IllegalStateException("kc.sh build took longer than " + BUILD_TIMEOUT);
            }
            if (build.exitValue() != 0) {
                throw new IllegalStateException("kc.sh build failed with code " + build.exitValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not run kc.sh build", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while building the server image", e);
        }
    }

    private static Path script(Options options) {
        Path script = options.keycloakHome.resolve("bin/kc.sh");
        if (!Files.isExecutable(script)) {
            throw new IllegalStateException("No Keycloak distribution at " + options.keycloakHome + " (build it with mvn package)");
        }
        return script;
    }

    public static KeycloakProcess start(Options options) {
        Path script = script(options);
        List<String> command = new ArrayList<>(List.of(
                script.toString(),
                options.production ? "start" : "start-dev",
                "--http-port=" + options.httpPort,
                "--http-management-port=" + options.managementPort,
                "--health-enabled=true",
                "--import-realm"));
        if (options.production) {
            command.addAll(List.of("--http-enabled=true", "--hostname-strict=false"));
        }
        command.addAll(options.arguments);

        ProcessBuilder builder = new ProcessBuilder(command).directory(options.keycloakHome.toFile());
        builder.environment().put("KC_BOOTSTRAP_ADMIN_USERNAME", BOOTSTRAP_ADMIN);
        builder.environment().put("KC_BOOTSTRAP_ADMIN_PASSWORD", BOOTSTRAP_PASSWORD);
        // Keycloak sizes its heap from the machine's memory; a developer's server needs far less.
        builder.environment().putIfAbsent("JAVA_OPTS_KC_HEAP", "-Xms128m -Xmx1g");
        builder.environment().putAll(options.environment);
        if (options.logFile == null) {
            builder.inheritIO();
        } else {
            builder.redirectErrorStream(true).redirectOutput(options.logFile.toFile());
        }

        LOG.infof("Starting Keycloak: %s", String.join(" ", command));
        try {
            KeycloakProcess server = new KeycloakProcess(builder.start(), options.httpPort, options.managementPort, options.logFile);
            server.awaitReady(options.startTimeout);
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start " + script, e);
        }
    }

    public String baseUrl() {
        return "http://localhost:" + httpPort;
    }

    public Path logFile() {
        return logFile;
    }

    /** CPU time the server has used so far (kc.sh and the JVM it starts), for benchmarks' cost per operation. */
    public Duration cpuTime() {
        return Stream.concat(Stream.of(process.toHandle()), process.descendants())
                .map(handle -> handle.info().totalCpuDuration().orElse(Duration.ZERO))
                .reduce(Duration.ZERO, Duration::plus);
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** Blocks until the server stops by itself (or is stopped, e.g. by Ctrl-C). */
    public int waitFor() throws InterruptedException {
        return process.waitFor();
    }

    private void awaitReady(Duration timeout) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest ready = HttpRequest.newBuilder(URI.create("http://localhost:" + managementPort + "/health/ready"))
                .timeout(Duration.ofSeconds(5))
                .build();
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Keycloak exited with code " + process.exitValue() + " while starting" + logHint());
            }
            try {
                if (http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    LOG.infof("Keycloak is ready at %s", baseUrl());
                    return;
                }
            } catch (IOException notListeningYet) {
                // keep polling until the deadline
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                close();
                throw new IllegalStateException("Interrupted while waiting for Keycloak", e);
            }
            pause();
        }
        close();
        throw new IllegalStateException("Keycloak was not ready within " + timeout + logHint());
    }

    private static void pause() {
        try {
            TimeUnit.MILLISECONDS.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private String logHint() {
        return logFile == null ? "" : "; see " + logFile;
    }

    /** Ends the server at once, as a crash or a pulled plug would: no shutdown hooks, no goodbye to the cluster. */
    public void kill() {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        try {
            process.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Stops the server gracefully (kc.sh forwards SIGTERM to the JVM), forcibly after 30 s. */
    @Override
    public void close() {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
    }
}
