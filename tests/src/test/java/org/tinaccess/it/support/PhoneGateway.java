package org.tinaccess.it.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The SMS/voice gateway the test server's {@code http} phone sender posts to: a real HTTP server
 * in the test JVM that records each message, so tests read the codes a phone would receive.
 */
public final class PhoneGateway implements AutoCloseable {

    public static final String SECRET = "test-gateway-secret";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One message as the gateway received it. */
    public record Message(String channel, String to, String code, String text, String authorization) {}

    private final HttpServer server;
    private final List<Message> received = new CopyOnWriteArrayList<>();
    private volatile int failWith;

    private PhoneGateway(HttpServer server) {
        this.server = server;
    }

    static PhoneGateway start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("0.0.0.0", 0), 0);
            PhoneGateway gateway = new PhoneGateway(server);
            server.createContext("/messages", exchange -> {
                JsonNode body = JSON.readTree(exchange.getRequestBody());
                int status = gateway.failWith;
                if (status == 0) {
                    gateway.received.add(new Message(body.path("channel").asText(), body.path("to").asText(), body.path("code").asText(),
                            body.path("message").asText(), exchange.getRequestHeaders().getFirst("Authorization")));
                    status = 202;
                }
                exchange.sendResponseHeaders(status, -1);
                exchange.close();
            });
            server.start();
            return gateway;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** The server options that make Keycloak send through this gateway. */
    List<String> keycloakOptions(String host) {
        return List.of("--spi-phone-sender--provider=http",
                "--spi-phone-sender--http--url=http://" + host + ":" + port() + "/messages",
                "--spi-phone-sender--http--secret=" + SECRET);
    }

    /** Makes the gateway refuse every message with {@code status} (0 to accept again). */
    public void failWith(int status) {
        this.failWith = status;
    }

    public List<Message> messagesTo(String phone) {
        return received.stream().filter(message -> message.to().equals(phone)).toList();
    }

    /** The newest message to {@code phone} once there are {@code count}; fails after 30 s. */
    public Message awaitMessage(String phone, int count) {
        return Await.until(count + " message(s) to " + phone, Duration.ofSeconds(30), () -> messagesTo(phone), list -> list.size() >= count)
                .get(count - 1);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
