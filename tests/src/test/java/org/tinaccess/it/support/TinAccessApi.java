package org.tinaccess.it.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.keycloak.representations.idm.RoleRepresentation;

/** The TIN Access REST API (by default its reviewer part, {@code /admin-requests}), called with a real bearer token. */
public final class TinAccessApi {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final String base;
    private final String token;

    public TinAccessApi(TinAccessServer server, String token) {
        this(server.realmUrl() + "/tin-access/admin-requests", token);
    }

    private TinAccessApi(String base, String token) {
        this.base = base;
        this.token = token;
    }

    /** The same caller on another part of the TIN Access API, e.g. {@code /tins}. */
    public static TinAccessApi at(TinAccessServer server, String path, String token) {
        return new TinAccessApi(server.realmUrl() + "/tin-access" + path, token);
    }

    public Answer put(String path, String json) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** PUT with a body of another type than JSON (a CSV upload). */
    public Answer put(String path, String contentType, String body) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", contentType)
                .PUT(HttpRequest.BodyPublishers.ofString(body)));
    }

    public Answer delete(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).DELETE());
    }

    public String token() {
        return token;
    }

    /** The id of the user this API acts as (the token's subject). */
    public String userId() {
        return PortalClient.claims(token).get("sub").asText();
    }

    /**
     * A new reviewer (realm role tin-reviewer) with an authenticator app, signed in through the
     * portal's login page with it: a second factor passed just now, as the reviewer actions that
     * change someone's factors or a TIN's admin require.
     */
    public static TinAccessApi asNewReviewer(TinAccessServer server) {
        FactorHolders.Holder reviewer = FactorHolders.create(server, FactorHolders.Factor.APP);
        RoleRepresentation role = server.realm().roles().get("tin-reviewer").toRepresentation();
        server.realm().users().get(reviewer.userId()).roles().realmLevel().add(List.of(role));
        return new TinAccessApi(server, PortalUsers.signIn(server, reviewer.email(), RealmUsers.PASSWORD, reviewer.totpSecret()).apiToken());
    }

    /**
     * A new agent of the plan's help desk (realm role tin-help-desk) with an authenticator app, signed in
     * with it just now, on the help desk's part of the API ({@code /help-desk}).
     */
    public static TinAccessApi asNewHelpDesk(TinAccessServer server) {
        FactorHolders.Holder agent = FactorHolders.create(server, FactorHolders.Factor.APP);
        RoleRepresentation role = server.realm().roles().get("tin-help-desk").toRepresentation();
        server.realm().users().get(agent.userId()).roles().realmLevel().add(List.of(role));
        return at(server, "/help-desk", PortalUsers.signIn(server, agent.email(), RealmUsers.PASSWORD, agent.totpSecret()).apiToken());
    }

    public record Answer(int status, JsonNode body, HttpHeaders headers) {

        public Answer(int status, JsonNode body) {
            this(status, body, HttpHeaders.of(java.util.Map.of(), (name, value) -> true));
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }

    /** The request with {@code reference}, found through the list endpoint's text search. */
    public JsonNode findByReference(String reference) {
        Answer answer = get("?status=all&q=" + URLEncoder.encode(reference, StandardCharsets.UTF_8));
        if (answer.status() != 200 || answer.body().get("total").asInt() != 1) {
            throw new AssertionError("Expected one request " + reference + ", got " + answer);
        }
        return answer.body().get("items").get(0);
    }

    /** The line of {@code tin} in a request as this API shows it ({@code GET /admin-requests/{id}}). */
    public static JsonNode line(JsonNode request, String tin) {
        for (JsonNode line : request.get("tins")) {
            if (tin.equals(line.get("tin").asText())) {
                return line;
            }
        }
        throw new AssertionError("No line for " + tin + " in " + request);
    }

    public Answer get(String pathAndQuery) {
        return send(HttpRequest.newBuilder(URI.create(base + pathAndQuery)).GET());
    }

    public Answer approve(String requestId, String tin) {
        return post("/" + requestId + "/tins/" + tin + "/approve", null);
    }

    public Answer deny(String requestId, String tin, String json) {
        return post("/" + requestId + "/tins/" + tin + "/deny", json);
    }

    public Answer resendActivation(String requestId) {
        return post("/" + requestId + "/resend-activation", null);
    }

    public Answer post(String path, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path));
        if (json == null) {
            request.POST(HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
        }
        return send(request);
    }

    private Answer send(HttpRequest.Builder request) {
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            String body = response.body();
            return new Answer(response.statusCode(), body == null || body.isBlank() ? JSON.nullNode() : readOrText(body), response.headers());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode readOrText(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException notJson) {
            return JSON.getNodeFactory().textNode(body);
        }
    }
}
