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
 * launcher the run command uses.
 */
final class DistributionBackend implements ServerBackend {

    private final TestDatabase database;
    private final KeycloakProcess process;
    private final Keycloak admin;

    private DistributionBackend(TestDatabase database, KeycloakProcess process) {
        this.database = database;
        this.process = process;
        this.admin = Keycloak.getInstance(process.baseUrl(), "master", KeycloakProcess.BOOTSTRAP_ADMIN,
                KeycloakProcess.BOOTSTRAP_PASSWORD, "admin-cli");
    }

    static DistributionBackend start(int smtpPort, URI portalUrl, List<String> extraOptions) throws IOException {
        Path work = TestSettings.workDir();
        Files.createDirectories(work);
        TestDatabase database = TestDatabase.forRun();
        KeycloakProcess.Options options = new KeycloakProcess.Options(TestSettings.keycloakHome())
                .httpPort(FreePorts.next())
                .managementPort(FreePorts.next())
                .environment("TA_SMTP_HOST", "127.0.0.1")
                .environment("TA_SMTP_PORT", String.valueOf(smtpPort))
                .environment("TA_PORTAL_URL", portalUrl.toString())
                .logFile(work.resolve("keycloak-server.log"))
                // Scheduled work every second, so tests see deadlines pass without waiting 15 minutes.
                .argument("--spi-realm-restapi-extension--tin-access--job-interval=" + TestSettings.JOB_INTERVAL_SECONDS)
                // PIN letters as PDF files where the tests read them (TinAccessServer.letters()).
                .argument("--spi-letter-sender--file--directory=" + TinAccessServer.lettersFolder());
        database.keycloakOptions().forEach(options::argument);
        extraOptions.forEach(options::argument);
        try {
            return new DistributionBackend(database, KeycloakProcess.start(options));
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
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

    @Override
    public void close() {
        admin.close();
        process.close();
        database.close();
    }
}
