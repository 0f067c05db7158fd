package org.tinaccess.verify.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.tinaccess.letter.AddressOfRecord;
import org.tinaccess.net.SignedPost;
import org.tinaccess.testing.HttpDouble;
import org.tinaccess.tin.Tin;
import org.tinaccess.verify.PaymentProof;
import org.tinaccess.verify.ProviderVerifier;

class HttpProviderVerifierTest {

    private static final Tin TIN = Tin.parse("411234567").orElseThrow();
    private static final PaymentProof CHECK = new PaymentProof(TIN, PaymentProof.Kind.VENDOR, "V12", "CHK0099");

    private static HttpProviderVerifier verifier(HttpDouble plan, Duration timeout) {
        return new HttpProviderVerifier(plan.uri("/tin-access/"), new SignedPost("s3cret", timeout));
    }

    @Test
    void aPaymentIsAskedBySignedPostAndTheAnswerIsTheMatch() throws Exception {
        try (HttpDouble plan = new HttpDouble(404).answer("/tin-access/payments/match", 200, "{\"match\": true}")) {
            assertTrue(verifier(plan, Duration.ofSeconds(2)).paymentMatches(CHECK));

            HttpDouble.Request request = plan.requests.get(0);
            JsonNode body = new ObjectMapper().readTree(request.body());
            assertEquals("411234567", body.get("tin").asText());
            assertEquals("vendor", body.get("kind").asText());
            assertEquals("V12", body.get("identifier").asText());
            assertEquals("CHK0099", body.get("number").asText());
            assertEquals(SignedPost.signature("s3cret", request.header(SignedPost.TIMESTAMP), request.body()),
                    request.header(SignedPost.SIGNATURE), "the plan can check who asks");
        }
        try (HttpDouble plan = new HttpDouble(404).answer("/tin-access/payments/match", 200, "{\"match\": false}")) {
            assertFalse(verifier(plan, Duration.ofSeconds(2)).paymentMatches(CHECK));
        }
    }

    @Test
    void anAddressIsReadAndA404MeansNone() throws Exception {
        String address = "{\"name\":\"Northwoods Clinic\",\"line1\":\"100 Main St\",\"city\":\"Wausau\",\"state\":\"WI\",\"zip\":\"54401\"}";
        try (HttpDouble plan = new HttpDouble(404).answer("/tin-access/providers/address", 200, address)) {
            assertEquals(Optional.of(new AddressOfRecord("Northwoods Clinic", "100 Main St", null, "Wausau", "WI", "54401")),
                    verifier(plan, Duration.ofSeconds(2)).addressOfRecord(TIN));
        }
        try (HttpDouble plan = new HttpDouble(404)) {
            assertEquals(Optional.empty(), verifier(plan, Duration.ofSeconds(2)).addressOfRecord(TIN));
        }
    }

    @Test
    void errorsOddAnswersAndSilenceAreUnavailableNeverANoMatch() throws Exception {
        try (HttpDouble plan = new HttpDouble(500)) {
            assertThrows(ProviderVerifier.VerifierUnavailable.class, () -> verifier(plan, Duration.ofSeconds(2)).paymentMatches(CHECK));
            assertThrows(ProviderVerifier.VerifierUnavailable.class, () -> verifier(plan, Duration.ofSeconds(2)).addressOfRecord(TIN));
        }
        try (HttpDouble plan = new HttpDouble(404).answer("/tin-access/payments/match", 200, "{\"matched\": \"yes\"}")
                .answer("/tin-access/providers/address", 200, "{\"name\": \"No street\"}")) {
            assertThrows(ProviderVerifier.VerifierUnavailable.class, () -> verifier(plan, Duration.ofSeconds(2)).paymentMatches(CHECK));
            assertThrows(ProviderVerifier.VerifierUnavailable.class, () -> verifier(plan, Duration.ofSeconds(2)).addressOfRecord(TIN));
        }
        try (HttpDouble plan = new HttpDouble(404).answer("/tin-access/payments/match", 200, "{\"match\": true}").slow(Duration.ofSeconds(3))) {
            assertThrows(ProviderVerifier.VerifierUnavailable.class, () -> verifier(plan, Duration.ofMillis(300)).paymentMatches(CHECK));
        }
    }
}
