package org.tinaccess.bench;

import jakarta.ws.rs.core.Response;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.tinaccess.server.KeycloakProcess;

/**
 * Does the identifier-first sign-in tell, by its response time, whether an account exists? For a
 * real account and for unknown usernames, alternately, measures the username step (which leads to
 * the security-image page) and a wrong-password step, and prints p50/p95 and their ratios.
 */
public final class SignInTimingBenchmark {

    private static final Logger LOG = Logger.getLogger(SignInTimingBenchmark.class);
    private static final String AUTH = "/realms/provider-portal/protocol/openid-connect/auth?client_id=provider-portal"
            + "&redirect_uri=http%3A%2F%2Flocalhost%3A3000%2Fcallback&response_type=code&scope=openid"
            + "&code_challenge=47DEQpj8HBSa-_TZWhv95ZZj0A2lnTtFYm5N8x2M5hQ&code_challenge_method=S256";

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new HashMap<>();
        for (String arg : args) {
            options.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
        }
        Path work = Path.of(options.get("work"));
        Files.createDirectories(work);
        int samples = Integer.parseInt(options.get("samples"));
        try (KeycloakProcess server = KeycloakProcess.start(new KeycloakProcess.Options(Path.of(options.get("keycloak-home")))
                .httpPort(18081).managementPort(19001).logFile(work.resolve("keycloak-signin.log")));
                Keycloak admin = Keycloak.getInstance(server.baseUrl(), "master", KeycloakProcess.BOOTSTRAP_ADMIN,
                        KeycloakProcess.BOOTSTRAP_PASSWORD, "admin-cli")) {
            String known = "known-" + UUID.randomUUID().toString().substring(0, 8) + "@timing.test";
            createUser(admin, known);
            Latencies knownUsername = new Latencies("username step, real account");
            Latencies unknownUsername = new Latencies("username step, unknown username");
            Latencies knownPassword = new Latencies("wrong password, real account");
            Latencies unknownPassword = new Latencies("wrong password, unknown username");
            for (int i = 0; i < samples + 10; i++) {
                // Fresh unknown names each time; the real account is locked out by brute-force detection
                // after 5 failures, which must cost the same too, so it stays in the measurement.
                measure(server.baseUrl(), known, i >= 10 ? knownUsername : null, i >= 10 ? knownPassword : null);
                measure(server.baseUrl(), "nobody-" + UUID.randomUUID().toString().substring(0, 8) + "@timing.test",
                        i >= 10 ? unknownUsername : null, i >= 10 ? unknownPassword : null);
            }
            StringBuilder out = new StringBuilder(String.format("%nSign-in response times, %d samples each, alternating%n", samples));
            out.append(String.format("%-40s %9s %9s%n", "step", "p50 ms", "p95 ms"));
            for (Latencies result : List.of(knownUsername, unknownUsername, knownPassword, unknownPassword)) {
                out.append(String.format("%-40s %9.1f %9.1f%n", result.name(), result.percentile(50), result.percentile(95)));
            }
            out.append(String.format("ratio unknown / real, username step: p50 %.2f%n",
                    unknownUsername.percentile(50) / knownUsername.percentile(50)));
            out.append(String.format("ratio unknown / real, wrong password: p50 %.2f%n",
                    unknownPassword.percentile(50) / knownPassword.percentile(50)));
            LOG.info(out);
        }
    }

    private static void measure(String baseUrl, String username, Latencies usernameStep, Latencies passwordStep) throws Exception {
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
        if (usernameStep != null) {
            usernameStep.add(afterUsername - start);
            passwordStep.add(afterPassword - afterUsername);
        }
    }

    private static void createUser(Keycloak admin, String email) {
        UserRepresentation user = new UserRepresentation();
        user.setUsername(email);
        user.setEmail(email);
        user.setEmailVerified(true);
        user.setEnabled(true);
        CredentialRepresentation password = new CredentialRepresentation();
        password.setType(CredentialRepresentation.PASSWORD);
        password.setValue("Harbor-Lights-77");
        password.setTemporary(false);
        user.setCredentials(List.of(password));
        try (Response created = admin.realm("provider-portal").users().create(user)) {
            if (created.getStatus() != 201) {
                throw new IllegalStateException("Could not create the timing account: " + created.getStatus());
            }
        }
    }
}
