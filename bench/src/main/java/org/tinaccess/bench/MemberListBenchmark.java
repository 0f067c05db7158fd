package org.tinaccess.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import org.jboss.logging.Logger;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.OrganizationRepresentation;
import org.tinaccess.server.KeycloakProcess;

/**
 * Data at scale: by default 100,000 users, 20,000 TINs and 200,000 admin requests
 * seeded through SQL ({@link ScaleData}); the largest TIN has 10,000 members. p50/p95 of the TIN
 * admin's member pages and searches on it next to Keycloak's own admin user pages and search on all
 * users; the reviewers' queue (first page) at 1,000, 10,000 and 100,000 pending; {@code GET /tins}
 * for an admin of 200 TINs. Same server, same run. Prints figures and a Markdown table; asserts nothing.
 */
public final class MemberListBenchmark {

    private static final Logger LOG = Logger.getLogger(MemberListBenchmark.class);
    private static final String REALM = "provider-portal";
    private static final String CONSOLE = "account-console";
    private static final int ADMIN_TINS = 200;
    private static final int[] PENDING = {1_000, 10_000, 100_000};
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long TOKEN_AGE_NANOS = 20_000_000_000L;

    private final HttpClient http = HttpClient.newHttpClient();
    private final Random random = new Random(42);
    private final Map<String, String> orgIds = new HashMap<>();

    public static void main(String[] args) throws Exception {
        Arguments arguments = new Arguments(args);
        Path work = arguments.path("work");
        deleteRecursively(work);
        Files.createDirectories(work);
        new MemberListBenchmark().run(arguments, work);
    }

    private void run(Arguments arguments, Path work) throws Exception {
        int users = arguments.number("users");
        int tins = arguments.number("tins");
        int members = arguments.number("members");
        int requests = arguments.number("requests");
        int samples = arguments.number("samples");
        try (BenchDatabase database = BenchDatabase.create(arguments.text("db", "h2"), work, "scale");
                KeycloakProcess server = BenchServer.start(arguments.path("keycloak-home"), work, database, 18080);
                Keycloak admin = Keycloak.getInstance(server.baseUrl(), "master", KeycloakProcess.BOOTSTRAP_ADMIN,
                        KeycloakProcess.BOOTSTRAP_PASSWORD, "admin-cli")) {
            RealmResource realm = admin.realm(REALM);
            String realmId = realm.toRepresentation().getId();
            String realmUrl = server.baseUrl() + "/realms/" + REALM;
            // Tokens as the console gets them: a browser sign-in with password and OTP (the realm gives no password-only tokens).
            List<SignInUsers.Person> staff = SignInUsers.create(realm, "scale-staff", 2, true);
            SignInFlow console = new SignInFlow("account console", server.baseUrl(), REALM, CONSOLE, realmUrl + "/account/", staff);
            TokenEndpoint endpoint = new TokenEndpoint(realmUrl, CONSOLE, null);
            String tinAdminId = realm.users().searchByUsername(staff.get(0).username(), true).get(0).getId();
            String reviewerId = realm.users().searchByUsername(staff.get(1).username(), true).get(0).getId();
            realm.users().get(reviewerId).roles().realmLevel().add(List.of(realm.roles().get("tin-reviewer").toRepresentation()));
            for (int t = 0; t < ADMIN_TINS; t++) {
                orgIds.put(adminTin(t, tins), createOrganization(realm, adminTin(t, tins), t));
            }
            long started = System.nanoTime();
            try (Connection db = database.connect()) {
                db.setAutoCommit(false);
                List<String> userIds = ScaleData.users(db, realmId, users);
                ScaleData.memberships(db, realmId, userIds, i -> ScaleData.tin(i < members ? 0 : 1 + i % (tins - 1)), this::orgOf);
                List<String> adminRows = new ArrayList<>();
                for (int t = 0; t < ADMIN_TINS; t++) {
                    adminRows.add(tinAdminId);
                }
                ScaleData.memberships(db, realmId, adminRows, t -> adminTin(t, tins), this::orgOf);
                for (int t = 0; t < ADMIN_TINS; t++) {
                    ScaleData.adminClaim(db, realmId, adminTin(t, tins), tinAdminId);
                }
                ScaleData.adminRequests(db, realmId, 0, requests - PENDING[PENDING.length - 1], false, tins);
            }
            database.analyze();
            LOG.infof("Seeded %d users, %d TINs, %d decided requests in %.1f s", users, tins, requests - PENDING[PENDING.length - 1],
                    (System.nanoTime() - started) / 1e9);

            Supplier<String> adminToken = () -> consoleToken(console, endpoint, staff.get(0));
            Supplier<String> reviewerToken = () -> consoleToken(console, endpoint, staff.get(1));
            Supplier<String> keycloakToken = () -> admin.tokenManager().getAccessTokenString();
            String ours = realmUrl + "/tin-access/tins/" + ScaleData.tin(0) + "/members";
            String theirs = server.baseUrl() + "/admin/realms/" + REALM + "/users";
            List<Latencies> results = new ArrayList<>();
            results.add(measure("TIN Access GET /tins/{tin}/members?first=&max=20", samples,
                    i -> ours + "?max=20&first=" + 20 * random.nextInt(members / 20), adminToken));
            results.add(measure("Keycloak GET /admin/realms/{realm}/users?first=&max=20", samples,
                    i -> theirs + "?max=20&first=" + 20 * random.nextInt(members / 20), keycloakToken));
            results.add(measure("TIN Access GET /tins/{tin}/members?q={last name}", samples,
                    i -> ours + "?max=20&q=" + ScaleData.LAST[random.nextInt(ScaleData.LAST.length)], adminToken));
            results.add(measure("Keycloak GET /admin/realms/{realm}/users?search={last name}", samples,
                    i -> theirs + "?max=20&search=" + ScaleData.LAST[random.nextInt(ScaleData.LAST.length)], keycloakToken));
            // A search for one person, as an admin looking someone up types it: a part of their e-mail address.
            IntFunction<String> onePerson = i -> String.format("member-%06d", random.nextInt(members));
            results.add(measure("TIN Access GET /tins/{tin}/members?q={one member's e-mail name}", samples,
                    i -> ours + "?max=20&q=" + onePerson.apply(i), adminToken));
            results.add(measure("Keycloak GET /admin/realms/{realm}/users?search={one member's e-mail name}", samples,
                    i -> theirs + "?max=20&search=" + onePerson.apply(i), keycloakToken));
            results.add(measure("TIN Access GET /tins, admin of " + ADMIN_TINS + " TINs", samples, i -> realmUrl + "/tin-access/tins", adminToken));
            int seeded = requests - PENDING[PENDING.length - 1];
            int pendingSoFar = 0;
            for (int pending : PENDING) {
                try (Connection db = database.connect()) {
                    db.setAutoCommit(false);
                    ScaleData.adminRequests(db, realmId, seeded + pendingSoFar, pending - pendingSoFar, true, tins);
                }
                database.analyze();
                pendingSoFar = pending;
                results.add(measure(String.format("TIN Access review queue, first page, %,d pending", pending), samples,
                        i -> realmUrl + "/tin-access/admin-requests?status=pending&max=20", reviewerToken));
            }
            print(work, database, users, tins, members, requests, results, plans(database, realmId));
        }
    }

    /** The TIN admin's TINs: the largest TIN, then TINs of their own beyond the data set's (with an Organization each). */
    private static String adminTin(int index, int tins) {
        return ScaleData.tin(index == 0 ? 0 : tins + index);
    }

    private String orgOf(String tin) {
        return orgIds.computeIfAbsent(tin, missing -> UUID.nameUUIDFromBytes(missing.getBytes(StandardCharsets.UTF_8)).toString());
    }

    private static String createOrganization(RealmResource realm, String tin, int index) {
        OrganizationRepresentation provider = new OrganizationRepresentation();
        provider.setName("Bench Clinic " + index);
        provider.setAlias(tin);
        try (Response created = realm.organizations().create(provider)) {
            return CreatedResponseUtil.getCreatedId(created);
        }
    }

    private static String consoleToken(SignInFlow console, TokenEndpoint endpoint, SignInUsers.Person person) {
        try {
            return endpoint.exchange(console.signIn(new LoginPageClient(), person), console.redirectUri()).get("access_token").asText();
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
        long fetched = System.nanoTime();
        for (int i = 0; i < samples + 30; i++) {
            // A fresh token well within the shortest lifespan (master's admin tokens: 60 s), however slow the requests.
            if (System.nanoTime() - fetched > TOKEN_AGE_NANOS) {
                bearer = token.get();
                fetched = System.nanoTime();
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

    /**
     * The plans of the member search (a shared last name, one person's e-mail name) and of the review
     * queue's page and count, with all requests seeded (100,000 pending), as the database runs them.
     * The SQL is what Hibernate makes of the stores' queries ({@code MemberStore.page},
     * {@code AdminRequestStore.search}), written out by hand.
     */
    private static String plans(BenchDatabase database, String realmId) throws SQLException {
        Map<String, List<String>> plans = new LinkedHashMap<>();
        // Three letters or more: the accounts are looked up first (through the trigram indexes on PostgreSQL);
        // the count reads the memberships alone, the page joins the accounts for their names and order.
        String search = " m.REALM_ID = ? AND m.TIN = ? AND (m.USER_ID IN (SELECT s.ID FROM USER_ENTITY s WHERE s.REALM_ID = ?"
                + " AND lower(s.EMAIL) LIKE ?) OR (m.STATUS <> 'INVITED' AND m.USER_ID IN (SELECT s.ID FROM USER_ENTITY s"
                + " WHERE s.REALM_ID = ? AND (lower(s.USERNAME) LIKE ? OR lower(s.FIRST_NAME) LIKE ? OR lower(s.LAST_NAME) LIKE ?)))"
                + " OR (m.STATUS = 'INVITED' AND (lower(m.INVITED_FIRST_NAME) LIKE ? OR lower(m.INVITED_LAST_NAME) LIKE ?)))";
        String count = "SELECT count(*) FROM TA_MEMBER m WHERE" + search;
        String page = "SELECT m.USER_ID, u.USERNAME, u.EMAIL, u.FIRST_NAME, u.LAST_NAME FROM TA_MEMBER m JOIN USER_ENTITY u"
                + " ON u.ID = m.USER_ID AND u.REALM_ID = m.REALM_ID WHERE" + search + " ORDER BY CASE WHEN m.STATUS = 'INVITED'"
                + " THEN lower(m.INVITED_LAST_NAME) ELSE lower(u.LAST_NAME) END, CASE WHEN m.STATUS = 'INVITED'"
                + " THEN lower(m.INVITED_FIRST_NAME) ELSE lower(u.FIRST_NAME) END, u.ID LIMIT 20";
        for (String text : List.of(ScaleData.LAST[0].toLowerCase(Locale.ROOT), "member-004321")) {
            String like = "%" + text + "%";
            List<Object> parameters = List.of(realmId, ScaleData.tin(0), realmId, like, realmId, like, like, like, like, like);
            plans.put("Member search, count (`q=" + text + "`, the largest TIN)", database.explain(count, parameters));
            plans.put("Member search, first page (`q=" + text + "`, the largest TIN)", database.explain(page, parameters));
        }
        plans.put("Review queue, first page of 20 (100,000 pending)", database.explain("SELECT * FROM TA_ACCESS_REQUEST r"
                + " WHERE r.REALM_ID = ? AND r.KIND = 'ADMIN' AND r.STATUS = 'PENDING' ORDER BY r.CREATED_AT, r.ID LIMIT 20",
                List.of(realmId)));
        plans.put("Review queue, count (100,000 pending)", database.explain("SELECT count(*) FROM TA_ACCESS_REQUEST r"
                + " WHERE r.REALM_ID = ? AND r.KIND = 'ADMIN' AND r.STATUS = 'PENDING'", List.of(realmId)));
        StringBuilder out = new StringBuilder("**Query plans (" + database.label() + ", EXPLAIN ANALYZE)**\n");
        plans.forEach((name, lines) -> out.append("\n").append(name).append(":\n\n```\n").append(String.join("\n", lines)).append("\n```\n"));
        return out.toString();
    }

    private static void print(Path work, BenchDatabase database, int users, int tins, int members, int requests, List<Latencies> results,
            String plans) throws IOException {
        MarkdownTable table = new MarkdownTable(String.format("%,d users, %,d TINs (the largest with %,d members), %,d admin requests;"
                + " sequential requests, page size 20", users, tins, members, requests), "request", "samples", "p50 ms", "p95 ms", "p95 ratio");
        for (int i = 0; i < results.size(); i++) {
            Latencies result = results.get(i);
            // Ours next to Keycloak's (rows 0/1, 2/3 and 4/5); the queue (from row 7) next to its first size.
            String ratio = i < 6 ? (i % 2 == 0 ? String.format("%.2f vs Keycloak", result.percentile(95) / results.get(i + 1).percentile(95)) : "")
                    : i > 7 ? String.format("%.2f vs 1,000 pending", result.percentile(95) / results.get(7).percentile(95)) : "";
            table.row(result.name(), result.count(), result.percentile(50), result.percentile(95), ratio);
        }
        LOG.info("\n" + MarkdownTable.write(work.resolve("scale.md"), MarkdownTable.machine(database.label()), List.of(table), plans));
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
