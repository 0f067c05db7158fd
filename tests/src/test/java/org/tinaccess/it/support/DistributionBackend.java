package org.tinaccess.it.support;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.keycloak.admin.client.Keycloak;
import org.tinaccess.server.KeycloakProcess;

/**
 * The default backend: {@code kc.sh start-dev} from the pinned distribution that the tests module
 * lays out under target/, with our jars in providers/ and the realm in data/import/ - the same
 * launcher the run command uses. {@link TinAccessCluster} starts its nodes with it too ({@code kc.sh
 * start}, one shared database).
 */
final class DistributionBackend implements ServerBackend {

    private final TestDatabase database;
    private final boolean ownsDatabase;
    private final KeycloakProcess process;
    private final Keycloak admin;

    private DistributionBackend(TestDatabase database, boolean ownsDatabase, KeycloakProcess process) {
        this.database = database;
        this.ownsDatabase = ownsDatabase;
        this.process = process;
        this.admin = Keycloak.getInstance(process.baseUrl(), "master", KeycloakProcess.BOOTSTRAP_ADMIN,
                KeycloakProcess.BOOTSTRAP_PASSWORD, "admin-cli");
    }

    static DistributionBackend start(int smtpPort, URI portalUrl, List<String> extraOptions) throws IOException {
        TestDatabase database = TestDatabase.forRun();
        KeycloakProcess.Options options = options(database, smtpPort, portalUrl, "keycloak-server.log");
        extraOptions.forEach(options::argument);
        try {
            return new DistributionBackend(database, true, KeycloakProcess.start(options));
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    /**
     * One node of a cluster ({@code options} already say which one and how it finds the others) on
     * a database the nodes share: closing the node leaves the database to whoever created it.
     */
    static DistributionBackend startNode(TestDatabase database, KeycloakProcess.Options options) {
        return new DistributionBackend(database, false, KeycloakProcess.start(options));
    }

    /** The options every server of the tests gets: the database, mail, portal, fast jobs, letters as files. */
    static KeycloakProcess.Options options(TestDatabase database, int smtpPort, URI portalUrl, String logName) throws IOException {
        Path work = TestSettings.workDir();
        Files.createDirectories(work);
        KeycloakProcess.Options options = new KeycloakProcess.Options(TestSettings.keycloakHome())
                .httpPort(FreePorts.next())
                .managementPort(FreePorts.next())
                .environment("TA_SMTP_HOST", "127.0.0.1")
                .environment("TA_SMTP_PORT", String.valueOf(smtpPort))
                .environment("TA_PORTAL_URL", portalUrl.toString())
                .logFile(work.resolve(logName))
                .startTimeout(TestSettings.startTimeout())
                // Scheduled work every second, so tests see deadlines pass without waiting 15 minutes.
                .argument("--spi-realm-restapi-extension--tin-access--job-interval=" + TestSettings.JOB_INTERVAL_SECONDS)
                // Idle accounts and access reviews count months: tests move the time those rules are judged by (PortalClock).
                .argument("--spi-realm-restapi-extension--tin-access--settable-clock=true")
                // PIN letters as PDF files where the tests read them (TinAccessServer.letters()).
                .argument("--spi-letter-sender--file--directory=" + TinAccessServer.lettersFolder())
                // Themes and templates cached as in production: start-dev parses every template of every
                // page again, a large part of a page's cost, and the tests change no theme file while they run.
                .argument("--spi-theme--cache-themes=true")
                .argument("--spi-theme--cache-templates=true")
                // As behind the shipped load balancer, which overwrites X-Forwarded-For with the connecting
                // address: tests of per-address limits say which address a browser comes from (WebSession.comingFrom).
                // The server listens on loopback only, so no proxy list: with --proxy-trusted-addresses every
                // request took some 100 ms longer here (the authorization matrix's calls went from 7 s to 150 s).
                .argument("--proxy-headers=xforwarded");
        database.keycloakOptions().forEach(options::argument);
        // The tests' server lives a quarter of an hour and meets most of Keycloak's code once or twice: on
        // two cores its C2 compiler threads took more CPU than the requests themselves (71 s against 19 s
        // in the first four minutes). Compiled by C1 alone, ten classes ran in 234 s instead of 277 s.
        // Production keeps the JVM's defaults (bench/ measures them).
        String jvm = "-XX:TieredStopAtLevel=1";
        options.environment("JAVA_OPTS_APPEND", TestSettings.coverageAgent().map(agent -> jvm + " " + agent).orElse(jvm));
        return options;
    }

    @Override
    public String baseUrl() {
        return process.baseUrl();
    }

    @Override
    public Keycloak adminClient() {
        return admin;
    }

    @Override
    public Optional<TestDatabase> database() {
        return Optional.of(database);
    }

    @Override
    public String logTail(int lines) {
        try {
            List<String> all = Files.readAllLines(process.logFile());
            return String.join(System.lineSeparator(), all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(server log unreadable: " + e.getMessage() + ")";
        }
    }

    /** Ends the server process at once (a crashed node). */
    void kill() {
        process.kill();
    }

    @Override
    public void close() {
        admin.close();
        process.close();
        if (ownsDatabase) {
            database.close();
        }
    }
}
