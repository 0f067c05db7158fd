package org.tinaccess.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import org.jboss.logging.Logger;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.OrganizationRepresentation;
import org.keycloak.representations.idm.PartialImportRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.tinaccess.server.KeycloakProcess;

/**
 * Issue 6's benchmark: 10,000 members on one TIN; p50/p95 of {@code GET /tins/{tin}/members}
 * pages and searches, next to Keycloak's own {@code GET /admin/realms/{realm}/users} pages and
 * {@code ?search=} on the same users, same server, same run. Prints figures; asserts nothing.
 */
public final class MemberListBenchmark {

    private static final Logger LOG = Logger.getLogger(MemberListBenchmark.class);
    private static final String REALM = "provider-portal";
    private static final String TIN = "411234567";
    private static final String PASSWORD = "Harbor-Lights-77";
    private static final String CLIENT = "tin-access-bench";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] FIRST = {"Ava", "Ben", "Cora", "Dev", "Ella", "Finn", "Gia", "Hugo", "Iris", "Jon", "Kai", "Lena",
        "Milo", "Nora", "Omar", "Pia", "Quinn", "Rosa", "Sam", "Tara"};
    private static final String[] LAST = {"Anders", "Baker", "Castillo", "Dumont", "Eriksen", "Fischer", "Garcia", "Haas", "Ibsen",
        "Jensen", "Kowalski", "Larsen", "Moreau", "Nakamura", "Okafor", "Petrov", "Quist", "Rossi", "Schmidt", "Tanaka", "Ueda",
        "Varga", "Weber", "Xu", "Young", "Zhang", "Olsen", "Brooks", "Keller", "Meyer"};

    private final HttpClient http = HttpClient.newHttpClient();
    private final Random random = new Random(42);

    public static void main(String[] args) throws Exception {
        Arguments arguments = new Arguments(args);
        new MemberListBenchmark().run(arguments.path("keycloak-home"), arguments.path("work"), arguments.text("db", "h2"),
                arguments.number("members"), arguments.number("samples"));
    }

    private void run(Path keycloakHome, Path work, String databaseKind, int members, int samples) throws Exception {
        deleteRecursively(work);
        Files.createDirectories(work);
        KeycloakProcess.Options options = new KeycloakProcess.Options(keycloakHome).httpPort(18080).managementPort(19000)
                .logFile(work.resolve("keycloak-server.log"));
        try (BenchDatabase database = BenchDatabase.create(databaseKind, work, "members");
                KeycloakProcess server = KeycloakProcess.start(withDatabase(options, database));
                Keycloak admin = Keycloak.getInstance(server.baseUrl(), "master", KeycloakProcess.BOOTSTRAP_ADMIN,
                        KeycloakProcess.BOOTSTRAP_PASSWORD, "admin-cli")) {
            RealmResource realm = admin.realm(REALM);
            String adminEmail = "tin-admin@bench.test";
            seed(realm, database, adminEmail, members);
            String realmUrl = server.baseUrl() + "/realms/" + REALM;

            List<Latencies> results = new ArrayList<>();
            String ours = realmUrl + "/tin-access/tins/" + TIN + "/members";
            String theirs = server.baseUrl() + "/admin/realms/" + REALM + "/users";
            results.add(measure("TIN Access  GET /tins/{tin}/members?first=&max=20", samples,
                    i -> ours + "?max=20&first=" + 20 * random.nextInt(members / 20), () -> tinAdminToken(realmUrl, adminEmail)));
            results.add(measure("Keycloak    GET /admin/realms/{realm}/users?first=&max=20", samples,
                    i -> theirs + "?max=20&first=" + 20 * random.nextInt(members / 20), () -> admin.tokenManager().getAccessTokenString()));
            results.add(measure("TIN Access  GET /tins/{tin}/members?q={last name}", samples,
                    i -> ours + "?max=20&q=" + LAST[random.nextInt(LAST.length)], () -> tinAdminToken(realmUrl, adminEmail)));
            results.add(measure("Keycloak    GET /admin/realms/{realm}/users?search={last name}", samples,
                    i -> theirs + "?max=20&search=" + LAST[random.nextInt(LAST.length)], () -> admin.tokenManager().getAccessTokenString()));
            print(members, results);
        }
    }

    /** 10,000 people through Keycloak's partial import; their memberships and the claim straight into our tables. */
    private static KeycloakProcess.Options withDatabase(KeycloakProcess.Options options, BenchDatabase database) {
        database.keycloakOptions().forEach(options::argument);
        return options;
    }

    private void seed(RealmResource realm, BenchDatabase database, String adminEmail, int members) throws Exception {
        ClientRepresentation client = new ClientRepresentation();
        client.setClientId(CLIENT);
        client.setPublicClient(true);
        client.setDirectAccessGrantsEnabled(true);
        client.setStandardFlowEnabled(false);
        // Full scope (Keycloak's default for a new client): its tokens carry tin-access-api/console
        // and hence the API's audience, as the account console's do.
        client.setFullScopeAllowed(true);
        realm.clients().create(client).close();

        UserRepresentation tinAdmin = user(adminEmail, "Tina", "Admin");
        CredentialRepresentation password = new CredentialRepresentation();
        password.setType(CredentialRepresentation.PASSWORD);
        password.setValue(PASSWORD);
        password.setTemporary(false);
        tinAdmin.setCredentials(List.of(password));
        String adminId;
        try (Response created = realm.users().create(tinAdmin)) {
            adminId = CreatedResponseUtil.getCreatedId(created);
        }
        OrganizationRepresentation provider = new OrganizationRepresentation();
        provider.setName("Bench Clinic (**-***4567)");
        provider.setAlias(TIN);
        String orgId;
        try (Response created = realm.organizations().create(provider)) {
            orgId = CreatedResponseUtil.getCreatedId(created);
        }

        long started = System.nanoTime();
        for (int from = 0; from < members; from += 1000) {
            PartialImportRepresentation batch = new PartialImportRepresentation();
            List<UserRepresentation> users = new ArrayList<>();
            for (int i = from; i < Math.min(members, from + 1000); i++) {
                users.add(user(String.format("member-%05d@bench.test", i), FIRST[random.nextInt(FIRST.length)], LAST[random.nextInt(LAST.length)]));
            }
            batch.setUsers(users);
            batch.setIfResourceExists(PartialImportRepresentation.Policy.SKIP.name());
            realm.partialImport(batch).close();
        }
        LOG.infof("Imported %d users in %.1f s", members, (System.nanoTime() - started) / 1e9);

        String realmId = realm.toRepresentation().getId();
        try (Connection db = database.connect()) {
            db.setAutoCommit(false);
            try (PreparedStatement claim = db.prepareStatement(
                    "INSERT INTO TA_ADMIN_CLAIM (REALM_ID, TIN, USER_ID, CLAIMED_AT) VALUES (?, ?, ?, ?)")) {
                claim.setString(1, realmId);
                claim.setString(2, TIN);
                claim.setString(3, adminId);
                claim.setLong(4, System.currentTimeMillis());
                claim.executeUpdate();
            }
            try (PreparedStatement ids = db.prepareStatement("SELECT ID FROM USER_ENTITY WHERE REALM_ID = ? AND USERNAME LIKE '%@bench.test'");
                    PreparedStatement member = db.prepareStatement(
                            "INSERT INTO TA_MEMBER (REALM_ID, TIN, USER_ID, ORG_ID, STATUS, ADDED_AT) VALUES (?, ?, ?, ?, 'ACTIVE', ?)")) {
                ids.setString(1, realmId);
                try (ResultSet rows = ids.executeQuery()) {
                    while (rows.next()) {
                        member.setString(1, realmId);
                        member.setString(2, TIN);
                        member.setString(3, rows.getString(1));
                        member.setString(4, orgId);
                        member.setLong(5, System.currentTimeMillis());
                        member.addBatch();
                    }
                }
                member.executeBatch();
            }
            db.commit();
        }
    }

    private static UserRepresentation user(String email, String first, String last) {
        UserRepresentation user = new UserRepresentation();
        user.setUsername(email);
        user.setEmail(email);
        user.setEmailVerified(true);
        user.setEnabled(true);
        user.setFirstName(first);
        user.setLastName(last);
        return user;
    }

    private String tinAdminToken(String realmUrl, String email) {
        String form = "grant_type=password&client_id=" + CLIENT + "&username=" + URLEncoder.encode(email, StandardCharsets.UTF_8)
                + "&password=" + PASSWORD;
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(realmUrl + "/protocol/openid-connect/token"))
                    .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return JSON.readTree(response.body()).get("access_token").asText();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Warm-up, then {@code samples} timed requests, one at a time; every answer must be a 200 with items. */
    private Latencies measure(String name, int samples, IntFunction<String> url, Supplier<String> token) throws Exception {
        Latencies latencies = new Latencies(name);
        String bearer = token.get();
        for (int i = 0; i < samples + 30; i++) {
            if (i % 50 == 0) {
                bearer = token.get();
            }
            HttpRequest request = HttpRequest.newBuilder(URI.create(url.apply(i))).header("Authorization", "Bearer " + bearer).GET().build();
            long start = System.nanoTime();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            long elapsed = System.nanoTime() - start;
            JsonNode body = JSON.readTree(response.body());
            if (response.statusCode() != 200 || (body.isObject() ? body.get("items") : body).isEmpty()) {
                throw new IllegalStateException(name + " answered " + response.statusCode() + ": " + response.body());
            }
            if (i >= 30) {
                latencies.add(elapsed);
            }
        }
        return latencies;
    }

    private static void print(int members, List<Latencies> results) {
        StringBuilder out = new StringBuilder(String.format("%n%d members on one TIN; sequential requests on one server (H2), page size 20%n", members));
        out.append(String.format("%-62s %7s %9s %9s%n", "request", "samples", "p50 ms", "p95 ms"));
        for (Latencies result : results) {
            out.append(String.format("%-62s %7d %9.1f %9.1f%n", result.name(), result.count(), result.percentile(50), result.percentile(95)));
        }
        out.append(String.format("ratio TIN Access / Keycloak, page:   p50 %.2f  p95 %.2f%n",
                results.get(0).percentile(50) / results.get(1).percentile(50), results.get(0).percentile(95) / results.get(1).percentile(95)));
        out.append(String.format("ratio TIN Access / Keycloak, search: p50 %.2f  p95 %.2f%n",
                results.get(2).percentile(50) / results.get(3).percentile(50), results.get(2).percentile(95) / results.get(3).percentile(95)));
        LOG.info(out);
    }

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
}
