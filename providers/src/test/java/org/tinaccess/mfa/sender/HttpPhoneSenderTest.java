package org.tinaccess.mfa.sender;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import org.junit.jupiter.api.Test;
import org.tinaccess.testing.HttpDouble;

class HttpPhoneSenderTest {

    private static final PhoneMessage MESSAGE = new PhoneMessage(PhoneChannel.VOICE, "+17155550123", "246810", "Your code is 246810.");

    @Test
    void postsTheMessageAsJsonWithTheBearerSecret() throws Exception {
        try (HttpDouble gateway = new HttpDouble(202)) {
            new HttpPhoneSender(gateway.uri("/send"), "s3cret").send(MESSAGE);

            HttpDouble.Request request = gateway.requests.get(0);
            assertEquals("POST", request.method());
            assertEquals("Bearer s3cret", request.headers().get("Authorization").get(0));
            JsonNode body = new ObjectMapper().readTree(request.body());
            assertEquals("voice", body.get("channel").asText());
            assertEquals("+17155550123", body.get("to").asText());
            assertEquals("246810", body.get("code").asText());
            assertEquals("Your code is 246810.", body.get("message").asText());
        }
    }

    @Test
    void aRefusalIsAFailureThatDoesNotCarryTheCode() throws Exception {
        try (HttpDouble gateway = new HttpDouble(503)) {
            PhoneSendException failure = assertThrows(PhoneSendException.class,
                    () -> new HttpPhoneSender(gateway.uri("/send"), "s3cret").send(MESSAGE));
            assertFalse(failure.getMessage().contains("246810"));
        }
    }

    @Test
    void anUnreachableGatewayIsAFailure() {
        assertThrows(PhoneSendException.class, () -> new HttpPhoneSender(URI.create("http://127.0.0.1:1/send"), null).send(MESSAGE));
    }

    @Test
    void aMessageNeverPrintsItsCode() {
        assertFalse(MESSAGE.toString().contains("246810"));
    }
}
