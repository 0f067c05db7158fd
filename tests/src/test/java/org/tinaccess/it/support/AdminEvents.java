package org.tinaccess.it.support;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.keycloak.representations.idm.AdminEventRepresentation;

/**
 * The realm's admin events through Keycloak's own admin REST query, exactly as docs/admin-guide.md and the
 * admin console send it ({@code GET /admin/realms/{realm}/admin-events?resourceTypes=…&resourcePath=…}).
 */
public final class AdminEvents {

    private static final ObjectMapper JSON = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private AdminEvents() {}

    /** The status of the query and, when 200, the events it found (newest first). */
    public record Found(int status, String body, List<AdminEventRepresentation> events) {}

    /** {@code query} as it follows the {@code ?}, e.g. {@code resourceTypes=USER&resourcePath=tin-access/users/*}. */
    public static Found query(TinAccessServer server, String query) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.baseUrl() + "/admin/realms/" + TinAccessServer.REALM + "/admin-events?" + query))
                .header("Authorization", "Bearer " + server.admin().tokenManager().getAccessTokenString())
                .GET()
                .build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            List<AdminEventRepresentation> events = response.statusCode() == 200
                    ? JSON.readValue(response.body(), new TypeReference<List<AdminEventRepresentation>>() {})
                    : List.of();
            return new Found(response.statusCode(), response.body(), events);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
