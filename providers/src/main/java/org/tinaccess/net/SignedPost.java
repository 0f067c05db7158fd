package org.tinaccess.net;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.keycloak.common.util.Time;
import org.keycloak.util.JsonSerialization;

/**
 * A JSON POST to one of the plan's systems, signed so the receiver knows it came from Keycloak and
 * was not replayed: {@value #TIMESTAMP} carries the Unix time, {@value #SIGNATURE} is
 * {@code sha256=<hex HMAC-SHA256(secret, timestamp + "." + body)>}. The receiver recomputes it and
 * refuses a timestamp more than a few minutes old.
 */
public final class SignedPost {

    public static final String TIMESTAMP = "X-Tin-Access-Timestamp";
    public static final String SIGNATURE = "X-Tin-Access-Signature";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String secret;
    private final Duration timeout;

    public SignedPost(String secret, Duration timeout) {
        if (secret == null || secret.isBlank()) {
            throw new IllegalArgumentException("a signing secret is required");
        }
        this.secret = secret;
        this.timeout = timeout;
    }

    /** The answer: its status and body. */
    public record Answer(int status, String body) {
        public boolean ok() {
            return status / 100 == 2;
        }
    }

    /** POSTs {@code payload} as JSON; an I/O failure or timeout is an IOException. */
    public Answer post(URI url, Object payload) throws IOException, InterruptedException {
        String body = JsonSerialization.writeValueAsString(payload);
        String timestamp = String.valueOf(Time.currentTime());
        HttpRequest request = HttpRequest.newBuilder(url)
                .timeout(timeout)
                .header("Content-Type", "application/json")
                .header(TIMESTAMP, timestamp)
                .header(SIGNATURE, signature(secret, timestamp, body))
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        return new Answer(response.statusCode(), response.body());
    }

    /** What {@value #SIGNATURE} holds for this timestamp and body. */
    public static String signature(String secret, String timestamp, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] digest = mac.doFinal((timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
            return "sha256=" + HexFormat.of().formatHex(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
