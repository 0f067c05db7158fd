package org.tinaccess.it.foundation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tinaccess.it.support.IntegrationTest;
import org.tinaccess.it.support.TinAccessServer;

/** {@code GET /realms/{realm}/tin-access/config}: what any page may know about the realm's setup. */
@IntegrationTest
class ConfigEndpointIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void configAnswersWithTheRealmsEntitlementsAndDisclosureMode(TinAccessServer server) throws Exception {
        HttpResponse<String> response = get(server.realmUrl() + "/tin-access/config");

        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        JsonNode config = JSON.readTree(response.body());
        assertEquals("provider-portal", config.get("realm").asText());
        assertEquals(List.of("eligibility", "claims", "remittance", "authorizations"),
                JSON.convertValue(config.get("entitlements"), List.class));
        assertEquals("at-review", config.get("tinDisclosure").asText());
        assertTrue(response.headers().firstValue("Cache-Control").orElse("").contains("no-cache"));
    }

    @Test
    void unknownPathAnswersInTheApiErrorFormat(TinAccessServer server) throws Exception {
        HttpResponse<String> response = get(server.realmUrl() + "/tin-access/no-such-thing");

        assertEquals(404, response.statusCode());
        JsonNode error = JSON.readTree(response.body());
        assertEquals("not_found", error.get("error").asText());
        assertTrue(error.hasNonNull("message"));
    }

    @Test
    void unknownRealmIsNotFound(TinAccessServer server) throws Exception {
        assertEquals(404, get(server.baseUrl() + "/realms/no-such-realm/tin-access/config").statusCode());
    }

    private static HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
