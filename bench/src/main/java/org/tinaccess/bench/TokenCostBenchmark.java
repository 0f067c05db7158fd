package org.tinaccess.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.core.Response;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.OrganizationRepresentation;
import org.keycloak.representations.idm.ProtocolMapperRepresentation;
import org.tinaccess.server.KeycloakProcess;

/**
 * What the {@code tins} claim adds to token issuance. People with 0, 1, 20 and 200 TINs (an
 * Organization per TIN made through the admin API, as approvals make them; memberships, two
 * entitlements each and the admin claim on the first seeded by SQL) sign in through the portal's
 * client; then their refresh grants are timed in turn, p50/p95 and the ratio to the person with none
 * (target ≤ 1.05 at 200). The mapper's two settings are measured in alternating blocks of one run:
 * the default (access token and userinfo) and with *Add to ID token* on. Prints a Markdown table and
 * writes it for docs/benchmarks.md.
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
    private static final int BLOCKS = 4;
    private static final String MAPPER = "tins";

    public static void main(String[] args) throws Exception {
        Arguments arguments = new Arguments(args);
        Path work = arguments.path("work");
        Files.createDirectories(work);
        new TokenCostBenchmark().run(arguments, work);
    }

    private void run(Arguments arguments, Path work) throws Exception {
        int samples = arguments.number("samples");
        Path recording = Boolean.parseBoolean(arguments.text("profile", "false")) ? work.resolve("server.jfr") : null;
        // Per person, the default setting's timed refreshes: where the server's time goes for 200 TINs next to none.
        Map<String, JfrProfile.Windows> windows = new LinkedHashMap<>();
        List<MarkdownTable> tables = new ArrayList<>();
        BenchDatabase database = BenchDatabase.create(arguments.text("db", "h2"), work, "token");
        try (database;
                KeycloakProcess server = BenchServer.start(arguments.path("keycloak-home"), work, database, 18083, recording);
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
                seedTins(database, realm, realmId, userId, TINS[i], i);
                JsonNode tokens = endpoint.exchange(portal.signIn(new LoginPageClient(), people.get(i)), portal.redirectUri());
                refreshTokens.add(tokens.get("refresh_token").asText());
                JsonNode tins = claims(tokens.get("access_token").asText()).path("tins");
                if (tins.size() != TINS[i]) {
                    throw new IllegalStateException("Expected " + TINS[i] + " TINs in the token, found " + tins.size());
                }
                claimSizes.add(tins.toString().length());
            }
            ProtocolMapperRepresentation mapper = tinsMapper(realm);
            boolean[] withIdToken = {false, true};
            Latencies[][] latencies = new Latencies[withIdToken.length][TINS.length];
            int[][] responseBytes = new int[withIdToken.length][TINS.length];
            for (int setting = 0; setting < withIdToken.length; setting++) {
                for (int i = 0; i < TINS.length; i++) {
                    latencies[setting][i] = new Latencies(TINS[i] + " TINs");
                }
            }
            // Settings in alternating blocks and people in turn within a block, so the machine's drift spreads evenly.
            int perBlock = Math.max(1, samples / BLOCKS);
            for (int block = 0; block < BLOCKS * withIdToken.length; block++) {
                int setting = block % withIdToken.length;
                setIdToken(realm, mapper, withIdToken[setting]);
                for (int sample = 0; sample < perBlock + WARM_UP; sample++) {
                    for (int i = 0; i < TINS.length; i++) {
                        long start = System.nanoTime();
                        Instant started = Instant.now();
                        JsonNode refreshed = endpoint.refresh(refreshTokens.get(i));
                        if (sample >= WARM_UP) {
                            latencies[setting][i].add(System.nanoTime() - start);
                            if (setting == 0 && (i == 0 || i == TINS.length - 1)) {
                                windows.computeIfAbsent(TINS[i] + " TINs", name -> new JfrProfile.Windows()).add(started, Instant.now(), 1);
                            }
                        } else if (sample == 0) {
                            checkIdToken(refreshed, withIdToken[setting], TINS[i]);
                            responseBytes[setting][i] = refreshed.toString().length();
                        }
                    }
                }
            }
            setIdToken(realm, mapper, false);
            for (int setting = 0; setting < withIdToken.length; setting++) {
                MarkdownTable table = new MarkdownTable("Refresh grant, claim in the access token" + (withIdToken[setting]
                        ? " and the ID token (mapper option on)" : " and userinfo (default)") + "; ratios to a person with no TIN",
                        "TINs", "claim bytes", "token response bytes", "samples", "p50 ms", "p95 ms", "p50 ratio", "p95 ratio");
                Latencies none = latencies[setting][0];
                for (int i = 0; i < TINS.length; i++) {
                    Latencies own = latencies[setting][i];
                    table.row(TINS[i], claimSizes.get(i), responseBytes[setting][i], own.count(), own.percentile(50), own.percentile(95),
                            own.percentile(50) / none.percentile(50), own.percentile(95) / none.percentile(95));
                }
                tables.add(table);
            }
        }
        if (recording != null) {
            // The person with the most TINs first, the one with none as the yardstick.
            Map<String, JfrProfile.Windows> compared = new LinkedHashMap<>();
            compared.put(TINS[TINS.length - 1] + " TINs", windows.get(TINS[TINS.length - 1] + " TINs"));
            compared.put(TINS[0] + " TINs", windows.get(TINS[0] + " TINs"));
            tables.addAll(JfrProfile.tables(recording, compared));
        }
        LOG.info("\n" + MarkdownTable.write(work.resolve("token-cost.md"), MarkdownTable.machine(database.label()), tables));
    }

    private static ProtocolMapperRepresentation tinsMapper(RealmResource realm) {
        ClientRepresentation client = realm.clients().findByClientId(CLIENT).get(0);
        return realm.clients().get(client.getId()).getProtocolMappers().getMappers().stream()
                .filter(mapper -> MAPPER.equals(mapper.getName()))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("the portal client has no tins mapper"));
    }

    private static void setIdToken(RealmResource realm, ProtocolMapperRepresentation mapper, boolean on) {
        mapper.getConfig().put("id.token.claim", String.valueOf(on));
        String clientId = realm.clients().findByClientId(CLIENT).get(0).getId();
        realm.clients().get(clientId).getProtocolMappers().update(mapper.getId(), mapper);
    }

    /** The setting took effect: the ID token has the claim exactly when it should. */
    private static void checkIdToken(JsonNode tokens, boolean withIdToken, int tins) throws Exception {
        boolean has = claims(tokens.get("id_token").asText()).has("tins");
        if (has != withIdToken) {
            throw new IllegalStateException("ID token " + (has ? "has" : "lacks") + " the claim for a person with " + tins + " TINs");
        }
    }

    /**
     * {@code count} active memberships of TINs of its own for the person, each with an Organization
     * (alias = the TIN), two entitlements each, admin of the first.
     */
    private static void seedTins(BenchDatabase database, RealmResource realm, String realmId, String userId, int count, int person)
            throws Exception {
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
                String orgId = createOrganization(realm, tin);
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

    private static String createOrganization(RealmResource realm, String tin) {
        OrganizationRepresentation provider = new OrganizationRepresentation();
        provider.setName("Token Bench " + tin);
        provider.setAlias(tin);
        try (Response created = realm.organizations().create(provider)) {
            return CreatedResponseUtil.getCreatedId(created);
        }
    }

    private static JsonNode claims(String jwt) throws Exception {
        return JSON.readTree(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]));
    }
}
