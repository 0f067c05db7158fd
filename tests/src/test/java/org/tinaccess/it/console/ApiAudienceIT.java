package org.tinaccess.it.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.keycloak.representations.idm.RoleRepresentation;
import org.tinaccess.it.support.IntegrationTest;
import org.tinaccess.it.support.PortalClient;
import org.tinaccess.it.support.RealmUsers;
import org.tinaccess.it.support.TinAccessApi;
import org.tinaccess.it.support.TinAccessServer;

/**
 * The API takes the account console's tokens and nothing else: a relying portal's token of the
 * same person and session is valid, but not meant for the API; no other web origin may call it.
 */
@IntegrationTest
class ApiAudienceIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void aReviewersPortalTokenIsRefusedWhereTheirConsoleTokenIsAccepted(TinAccessServer server) {
        RealmUsers.Tokens tokens = signedInReviewer(server);

        assertTrue(audience(tokens.apiToken()).contains("tin-access-api"), "console token must carry the API audience");
        assertEquals(200, new TinAccessApi(server, tokens.apiToken()).get("").status());
        assertFalse(audience(tokens.portalToken()).contains("tin-access-api"), "portal token must not carry the API audience");
        TinAccessApi.Answer refused = new TinAccessApi(server, tokens.portalToken()).get("");
        assertEquals(401, refused.status());
        assertEquals("unauthorized", refused.body().get("error").asText());
        assertEquals(401, TinAccessApi.at(server, "/tins", tokens.portalToken()).get("").status());
    }

    @Test
    void theConsoleTokenCarriesTheReviewerRoleForTheConsolesMenu(TinAccessServer server) {
        RealmUsers.Tokens tokens = signedInReviewer(server);

        assertTrue(PortalClient.claims(tokens.apiToken()).at("/realm_access/roles").toString().contains("tin-reviewer"));
    }

    @Test
    void anotherWebOriginGetsNoCorsPermission(TinAccessServer server) throws Exception {
        String api = server.realmUrl() + "/tin-access/tins";
        HttpResponse<String> preflight = send(HttpRequest.newBuilder(URI.create(api))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", "https://portal.attacker.example")
                .header("Access-Control-Request-Method", "GET")
                .header("Access-Control-Request-Headers", "authorization"));
        assertTrue(preflight.headers().firstValue("Access-Control-Allow-Origin").isEmpty(), preflight.headers().toString());

        String token = signedInReviewer(server).apiToken();
        HttpResponse<String> call = send(HttpRequest.newBuilder(URI.create(api))
                .header("Origin", "https://portal.attacker.example")
                .header("Authorization", "Bearer " + token));
        assertEquals(200, call.statusCode());
        assertTrue(call.headers().firstValue("Access-Control-Allow-Origin").isEmpty(), call.headers().toString());
    }

    private static RealmUsers.Tokens signedInReviewer(TinAccessServer server) {
        String email = RealmUsers.uniqueEmail("audience");
        String userId = RealmUsers.create(server, email, RealmUsers.PASSWORD);
        RoleRepresentation role = server.realm().roles().get("tin-reviewer").toRepresentation();
        server.realm().users().get(userId).roles().realmLevel().add(List.of(role));
        return RealmUsers.signInToBoth(server, email, RealmUsers.PASSWORD);
    }

    /** The token's aud claim: one string or a list, per the JWT spec. */
    private static List<String> audience(String token) {
        JsonNode aud = PortalClient.claims(token).path("aud");
        return aud.isArray() ? StreamSupport.stream(aud.spliterator(), false).map(JsonNode::asText).toList() : List.of(aud.asText());
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
