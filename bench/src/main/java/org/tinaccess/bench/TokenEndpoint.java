package org.tinaccess.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** A realm's token endpoint for one client (confidential with a secret, or public): code exchange and refresh grants. */
final class TokenEndpoint {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newHttpClient();
    private final String url;
    private final String clientId;
    private final String secret;

    TokenEndpoint(String realmUrl, String clientId, String secret) {
        this.url = realmUrl + "/protocol/openid-connect/token";
        this.clientId = clientId;
        this.secret = secret;
    }

    /** Trades the code of a sign-in's redirect ({@link SignInFlow#signIn}) for tokens. */
    JsonNode exchange(String callback, String redirectUri) throws IOException, InterruptedException {
        String code = null;
        for (String parameter : URI.create(callback).getRawQuery().split("&")) {
            if (parameter.startsWith("code=")) {
                code = URLDecoder.decode(parameter.substring("code=".length()), StandardCharsets.UTF_8);
            }
        }
        return grant(Map.of("grant_type", "authorization_code", "code", code, "redirect_uri", redirectUri, "code_verifier",
                SignInFlow.PKCE_VERIFIER));
    }

    JsonNode refresh(String refreshToken) throws IOException, InterruptedException {
        return grant(Map.of("grant_type", "refresh_token", "refresh_token", refreshToken));
    }

    private JsonNode grant(Map<String, String> parameters) throws IOException, InterruptedException {
        Map<String, String> all = new LinkedHashMap<>(parameters);
        all.put("client_id", clientId);
        if (secret != null) {
            all.put("client_secret", secret);
        }
        String form = all.entrySet().stream().map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("Token endpoint answered " + response.statusCode() + ": " + response.body());
        }
        return JSON.readTree(response.body());
    }
}
