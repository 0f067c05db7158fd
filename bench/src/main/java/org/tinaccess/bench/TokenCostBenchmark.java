package org.tinaccess.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.resource.RealmResource;
import org.tinaccess.server.KeycloakProcess;

/**
 * What the {@code tins} claim adds to token issuance. People with 0, 1, 20 and 200 TINs
 * (memberships, two entitlements each, the admin claim on the first, seeded by SQL) sign in through
 * the portal's client; then their refresh grants are timed in turn, p50/p95 and the ratio to the
 * person with none (target ≤ 1.05 at 200). Prints a Markdown table and writes it for the README.
 */
public final class TokenCostBenchmark {

    private static final Logger LOG = Logger.getLogger(TokenCostBenchmark.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String REALM = "provider-portal";
    private static final String CLIENT = "provider-portal";
    /** realm-config's dev-only default of TA_PORTAL_CLIENT_SECRET; the benchmark's server sets no other. */
    private static final String CLIENT_SECRET = "dev-only-portal-secret";
    private static final int[] TINS = {0, 1, 20, 200};
    private static final int WARM_UP = 30;

    public static void main(String[] args) throws Exception {
        Arguments arguments = new Arguments(args);
        Path work = arguments.path("work");
        Files.createDirectories(work);
        new TokenCostBenchmark().run(arguments, work);
    }

    private void run(Arguments arguments, Path work) throws Exception {
        int samples = arguments.number("samples");
        try (BenchDatabase database = BenchDatabase.create(arguments.text("db", "h2"), work, "token");
                KeycloakProcess server = BenchServer.start(arguments.path("keycloak-home"), work, database, 18083);
                Keycloak admin = Keycloak.getInstance(server.baseUrl(), "master", KeycloakProcess.BOOTSTRAP_ADMIN,
                        KeycloakProcess.BOOTSTRAP_PASSWORD, "admin-cli")) {
            RealmResource realm = admin.realm(REALM);
            List<SignInUsers.Person> people = SignInUsers.create(realm, "tokens", TINS.length, true);
            String realmId = realm.toRepresentation().getId();
            String realmUrl = server.baseUrl() + "/realms/" + REALM;
            SignInFlow portal = new SignInFlow("portal", server.baseUrl(), REALM, CLIENT, people);
            TokenEndpoint endpoint = new TokenEndpoint(realmUrl, CLIENT, CLIENT_SECRET);
            List<String> refreshTokens = new ArrayList<>();
            List<Integer> claimSizes = new ArrayList<>();
            for (int i = 0; i < TINS.length; i++) {
                String userId = realm.users().searchByUsername(people.get(i).username(), true).get(0).getId();
                seedTins(database, realmId, userId, TINS[i], i);
                JsonNode tokens = endpoint.exchange(portal.signIn(new LoginPageClient(), people.get(i)), portal.redirectUri());
                refreshTokens.add(tokens.get("refresh_token").asText());
                JsonNode tins = claims(tokens.get("access_token").asText()).path("tins");
                if (tins.size() != TINS[i]) {
                    throw new IllegalStateException("Expected " + TINS[i] + " TINs in the token, found " + tins.size());
                }
                claimSizes.add(tins.toString().length());
            }
            List<Latencies> latencies = new ArrayList<>();
            for (int tins : TINS) {
                latencies.add(new Latencies(tins + " TINs"));
            }
            // People in turn, so the machine's drift spreads evenly over them.
            for (int sample = 0; sample < samples + WARM_UP; sample++) {
                for (int i = 0; i < TINS.length; i++) {
                    long start = System.nanoTime();
                    endpoint.refresh(refreshTokens.get(i));
                    if (sample >= WARM_UP) {
                        latencies.get(i).add(System.nanoTime() - start);
                    }
                }
            }
            MarkdownTable table = new MarkdownTable("Refresh grant with the tins claim (ratios to a person with no TIN)", "TINs", "claim bytes",
                    "samples", "p50 ms", "p95 ms", "p50 ratio", "p95 ratio");
            for (int i = 0; i < TINS.length; i++) {
                Latencies own = latencies.get(i);
                table.row(TINS[i], claimSizes.get(i), own.count(), own.percentile(50), own.percentile(95),
                        own.percentile(50) / latencies.get(0).percentile(50), own.percentile(95) / latencies.get(0).percentile(95));
            }
            LOG.info("\n" + MarkdownTable.write(work.resolve("token-cost.md"), MarkdownTable.machine(database.label()), List.of(table)));
        }
    }

    /** {@code count} active memberships of TINs of its own for the person, two entitlements each, admin of the first. */
    private static void seedTins(BenchDatabase database, String realmId, String userId, int count, int person) throws Exception {
        try (Connection db = database.connect();
                PreparedStatement member = db.prepareStatement(
                        "INSERT INTO TA_MEMBER (REALM_ID, TIN, USER_ID, ORG_ID, STATUS, ADDED_AT) VALUES (?, ?, ?, ?, 'ACTIVE', ?)");
                PreparedStatement entitlement = db.prepareStatement(
                        "INSERT INTO TA_MEMBER_ENTITLEMENT (ORG_ID, USER_ID, ENTITLEMENT, REALM_ID) VALUES (?, ?, ?, ?)");
                PreparedStatement claim = db.prepareStatement(
                        "INSERT INTO TA_ADMIN_CLAIM (REALM_ID, TIN, USER_ID, CLAIMED_AT) VALUES (?, ?, ?, ?)")) {
            db.setAutoCommit(false);
            for (int i = 0; i < count; i++) {
                String tin = String.format("9%02d%06d", person, i);
                String orgId = UUID.randomUUID().toString();
                member.setString(1, realmId);
                member.setString(2, tin);
                member.setString(3, userId);
                member.setString(4, orgId);
                member.setLong(5, System.currentTimeMillis());
                member.addBatch();
                for (String name : List.of("claims", "eligibility")) {
                    entitlement.setString(1, orgId);
                    entitlement.setString(2, userId);
                    entitlement.setString(3, name);
                    entitlement.setString(4, realmId);
                    entitlement.addBatch();
                }
                if (i == 0) {
                    claim.setString(1, realmId);
                    claim.setString(2, tin);
                    claim.setString(3, userId);
                    claim.setLong(4, System.currentTimeMillis());
                    claim.executeUpdate();
                }
            }
            member.executeBatch();
            entitlement.executeBatch();
            db.commit();
        }
    }

    private static JsonNode claims(String jwt) throws Exception {
        return JSON.readTree(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]));
    }
}
