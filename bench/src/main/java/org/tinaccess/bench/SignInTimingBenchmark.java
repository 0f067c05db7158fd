package org.tinaccess.bench;

import jakarta.ws.rs.core.Response;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.jboss.logging.Logger;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.tinaccess.server.KeycloakProcess;

/**
 * Does the identifier-first sign-in tell, by its response time, whether an account exists? For a
 * real account, an invited account with no password yet and unknown usernames, in turn, measures
 * the username step (which leads to the security-image page) and a wrong-password step, and prints
 * p50/p95 with each kind's ratio to the real account. Brute-force lockouts of the two accounts are
 * cleared between samples (outside the timed part), so every sample measures a plain wrong password.
 * The server runs as a plan runs it ({@link BenchServer}), on H2: what it measures is the pages, not
 * the database. Writes its table to {@code sign-in-timing.md}.
 */
public final class SignInTimingBenchmark {

    private static final Logger LOG = Logger.getLogger(SignInTimingBenchmark.class);
    private static final String REALM = "provider-portal";
    private static final String AUTH = "/realms/provider-portal/protocol/openid-connect/auth?client_id=provider-portal"
            + "&redirect_uri=http%3A%2F%2Flocalhost%3A3000%2Fcallback&response_type=code&scope=openid"
            + "&code_challenge=47DEQpj8HBSa-_TZWhv95ZZj0A2lnTtFYm5N8x2M5hQ&code_challenge_method=S256";
    private static final int WARM_UP = 10;

    /** One kind of account, its username for each sample, and its two measurements. */
    private record Kind(String name, Supplier<String> username, Latencies usernameStep, Latencies passwordStep) {
        Kind(String name, Supplier<String> username) {
            this(name, username, new Latencies("username step, " + name), new Latencies("wrong password, " + name));
        }
    }

    public static void main(String[] args) throws Exception {
        Arguments arguments = new Arguments(args);
        Path work = arguments.path("work");
        Files.createDirectories(work);
        int samples = arguments.number("samples");
        BenchDatabase database = BenchDatabase.create("h2", work, "signin");
        try (database;
                KeycloakProcess server = BenchServer.start(arguments.path("keycloak-home"), work, database, 18081);
                Keycloak admin = Keycloak.getInstance(server.baseUrl(), "master", KeycloakProcess.BOOTSTRAP_ADMIN,
                        KeycloakProcess.BOOTSTRAP_PASSWORD, "admin-cli")) {
            String real = uniqueEmail("real");
            String invited = uniqueEmail("invited");
            List<String> accountIds = List.of(createUser(admin, real, "Harbor-Lights-77"), createUser(admin, invited, null));
            List<Kind> kinds = List.of(new Kind("real account", () -> real), new Kind("invited, no password yet", () -> invited),
                    new Kind("unknown username", () -> uniqueEmail("nobody")));
            for (int i = 0; i < samples + WARM_UP; i++) {
                for (Kind kind : kinds) {
                    accountIds.forEach(id -> admin.realm(REALM).attackDetection().clearBruteForceForUser(id));
                    measure(server.baseUrl(), kind.username().get(), i >= WARM_UP ? kind : null);
                }
            }
            LOG.info("\n" + MarkdownTable.write(work.resolve("sign-in-timing.md"), MarkdownTable.machine(database.label()),
                    List.of(report(samples, kinds))));
        }
    }

    private static MarkdownTable report(int samples, List<Kind> kinds) {
        Kind real = kinds.get(0);
        MarkdownTable table = new MarkdownTable(String.format("Sign-in response times, %d samples each, in turn", samples), "step",
                "p50 ms", "p95 ms", "p50 vs real account");
        for (boolean usernameStep : new boolean[] {true, false}) {
            double reference = (usernameStep ? real.usernameStep() : real.passwordStep()).percentile(50);
            for (Kind kind : kinds) {
                Latencies result = usernameStep ? kind.usernameStep() : kind.passwordStep();
                table.row(result.name(), result.percentile(50), result.percentile(95), result.percentile(50) / reference);
            }
        }
        return table;
    }

    private static String uniqueEmail(String who) {
        return who + "-" + UUID.randomUUID().toString().substring(0, 8) + "@timing.test";
    }

    private static void measure(String baseUrl, String username, Kind kind) throws Exception {
        LoginPageClient browser = new LoginPageClient();
        browser.get(baseUrl + AUTH);
        long start = System.nanoTime();
        String imagePage = browser.post(Map.of("username", username));
        long afterUsername = System.nanoTime();
        if (!imagePage.contains("ta-security-image")) {
            throw new IllegalStateException("Expected the security-image page for " + username);
        }
        browser.post(Map.of("password", "Wrong-Password-9"));
        long afterPassword = System.nanoTime();
        if (kind != null) {
            kind.usernameStep().add(afterUsername - start);
            kind.passwordStep().add(afterPassword - afterUsername);
        }
    }

    /** An enabled account; with no password it is what an invitation leaves until the link is opened. Returns its id. */
    private static String createUser(Keycloak admin, String email, String password) {
        UserRepresentation user = new UserRepresentation();
        user.setUsername(email);
        user.setEmail(email);
        user.setEmailVerified(password != null);
        user.setEnabled(true);
        if (password != null) {
            CredentialRepresentation credential = new CredentialRepresentation();
            credential.setType(CredentialRepresentation.PASSWORD);
            credential.setValue(password);
            credential.setTemporary(false);
            user.setCredentials(List.of(credential));
        }
        try (Response created = admin.realm(REALM).users().create(user)) {
            if (created.getStatus() != 201) {
                throw new IllegalStateException("Could not create the timing account: " + created.getStatus());
            }
            return CreatedResponseUtil.getCreatedId(created);
        }
    }
}
