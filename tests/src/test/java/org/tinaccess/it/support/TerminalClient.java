package org.tinaccess.it.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A person's script at a terminal, as the realm's {@value #CLIENT_ID} client: the OAuth 2.0 device
 * authorization grant (RFC 8628). The script asks for a code, the person signs in with it in a
 * browser ({@link DevicePages}), the script polls the token endpoint at the interval it was given.
 */
public final class TerminalClient {

    public static final String CLIENT_ID = "tin-access-cli";
    public static final String DEVICE_GRANT = "urn:ietf:params:oauth:grant-type:device_code";

    private static final ObjectMapper JSON = new ObjectMapper();

    private TerminalClient() {}

    /** The device authorization answer: what the script shows the person and what it polls with. */
    public record Started(String deviceCode, String userCode, String verificationUri, String verificationUriComplete, int interval) {}

    /** An answer of the token endpoint: 200 with tokens, or 400 with an OAuth error. */
    public record Answer(int status, JsonNode body) {

        public String error() {
            return body.path("error").asText("");
        }
    }

    public static Started start(TinAccessServer server) {
        Answer answer = post(server.realmUrl() + "/protocol/openid-connect/auth/device", Map.of("client_id", CLIENT_ID));
        if (answer.status() != 200) {
            throw new AssertionError("Device authorization refused: " + answer);
        }
        JsonNode body = answer.body();
        return new Started(body.get("device_code").asText(), body.get("user_code").asText(), body.get("verification_uri").asText(),
                body.get("verification_uri_complete").asText(), body.get("interval").asInt());
    }

    /** One poll of the token endpoint. */
    public static Answer poll(TinAccessServer server, Started started) {
        return token(server, Map.of("grant_type", DEVICE_GRANT, "client_id", CLIENT_ID, "device_code", started.deviceCode()));
    }

    /** Polls as RFC 8628 says (every interval, five seconds slower after slow_down) until tokens come or {@code timeout} passes. */
    public static JsonNode awaitTokens(TinAccessServer server, Started started, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        int interval = started.interval();
        Answer answer = poll(server, started);
        while (answer.status() != 200) {
            if (!answer.error().equals("authorization_pending") && !answer.error().equals("slow_down")) {
                throw new AssertionError("Token endpoint refused the device code: " + answer);
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("No tokens within " + timeout + "; last answer " + answer);
            }
            interval += answer.error().equals("slow_down") ? 5 : 0;
            waitSeconds(interval);
            answer = poll(server, started);
        }
        return answer.body();
    }

    /** Any other grant this client might try (password, client credentials…), to see it refused. */
    public static Answer token(TinAccessServer server, Map<String, String> parameters) {
        return post(server.realmUrl() + "/protocol/openid-connect/token", parameters);
    }

    private static Answer post(String url, Map<String, String> parameters) {
        FormPost.Answer answer = FormPost.send(url, parameters);
        try {
            return new Answer(answer.status(), JSON.readTree(answer.body()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The protocol's own pause between polls: polling sooner is answered slow_down. */
    private static void waitSeconds(int seconds) {
        try {
            TimeUnit.SECONDS.sleep(seconds);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
