package org.tinaccess.mfa.sender;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.keycloak.util.JsonSerialization;

/**
 * Any SMS/voice gateway: POSTs {@code {"channel","to","code","message"}} as JSON to a configured
 * URL with a bearer secret. A non-2xx answer or no answer within 10 s is a failure.
 */
public class HttpPhoneSender implements PhoneSender {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final URI url;
    private final String secret;

    public HttpPhoneSender(URI url, String secret) {
        this.url = url;
        this.secret = secret;
    }

    @Override
    public void send(PhoneMessage message) throws PhoneSendException {
        try {
            String body = JsonSerialization.writeValueAsString(Map.of(
                    "channel", message.channel().value(), "to", message.to(), "code", message.code(), "message", message.text()));
            HttpRequest.Builder request = HttpRequest.newBuilder(url)
                    .timeout(Duration.ofSeconds(10))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body));
            if (secret != null && !secret.isBlank()) {
                request.header("Authorization", "Bearer " + secret);
            }
            HttpResponse<Void> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.discarding());
            if (response.statusCode() / 100 != 2) {
                throw new PhoneSendException("Gateway " + url.getHost() + " answered " + response.statusCode());
            }
        } catch (IOException e) {
            throw new PhoneSendException("Gateway " + url.getHost() + " unreachable: " + e.getClass().getSimpleName(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PhoneSendException("Interrupted while sending", e);
        }
    }
}
