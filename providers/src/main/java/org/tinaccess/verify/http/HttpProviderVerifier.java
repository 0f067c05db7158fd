package org.tinaccess.verify.http;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.keycloak.util.JsonSerialization;
import org.tinaccess.letter.AddressOfRecord;
import org.tinaccess.net.SignedPost;
import org.tinaccess.tin.Tin;
import org.tinaccess.verify.PaymentProof;
import org.tinaccess.verify.ProviderVerifier;

/**
 * Asks the plan's payment system, by signed JSON POSTs ({@link SignedPost}); numbers are sent as
 * {@link org.tinaccess.verify.PaymentNumbers} normalizes them (letters and digits, upper-case):
 * <ul>
 *   <li>{@code <url>/payments/match} {@code {"tin","kind":"vendor|npi|notice","identifier","number"}} → {@code {"match": true|false}}</li>
 *   <li>{@code <url>/providers/address} {@code {"tin"}} → {@code {"name","line1","line2","city","state","zip"}}, or 404 for none</li>
 * </ul>
 * Anything else (another status, no answer within the timeout, a body without those fields) is
 * {@link VerifierUnavailable}: the requester's TIN then waits for a reviewer.
 */
public class HttpProviderVerifier implements ProviderVerifier {

    private final URI base;
    private final SignedPost post;

    public HttpProviderVerifier(URI base, SignedPost post) {
        this.base = base;
        this.post = post;
    }

    @Override
    public boolean paymentMatches(PaymentProof proof) throws VerifierUnavailable {
        JsonNode answer = ask("payments/match", Map.of("tin", proof.tin().digits(), "kind", proof.kind().name().toLowerCase(Locale.ROOT),
                "identifier", proof.identifier(), "number", proof.number()), false).orElseThrow();
        JsonNode match = answer.get("match");
        if (match == null || !match.isBoolean()) {
            throw new VerifierUnavailable("payments/match answered without a boolean 'match'");
        }
        return match.asBoolean();
    }

    @Override
    public Optional<AddressOfRecord> addressOfRecord(Tin tin) throws VerifierUnavailable {
        Optional<JsonNode> answer = ask("providers/address", Map.of("tin", tin.digits()), true);
        if (answer.isEmpty()) {
            return Optional.empty();
        }
        JsonNode address = answer.get();
        for (String field : new String[] {"name", "line1", "city", "state", "zip"}) {
            if (address.path(field).asText("").isBlank()) {
                throw new VerifierUnavailable("providers/address answered without '" + field + "'");
            }
        }
        return Optional.of(new AddressOfRecord(address.get("name").asText(), address.get("line1").asText(),
                address.path("line2").asText(null), address.get("city").asText(), address.get("state").asText(), address.get("zip").asText()));
    }

    private Optional<JsonNode> ask(String path, Map<String, String> payload, boolean notFoundIsEmpty) throws VerifierUnavailable {
        URI url = base.resolve(path);
        try {
            SignedPost.Answer answer = post.post(url, payload);
            if (notFoundIsEmpty && answer.status() == 404) {
                return Optional.empty();
            }
            if (!answer.ok()) {
                throw new VerifierUnavailable(url.getHost() + " answered " + answer.status() + " to " + path);
            }
            return Optional.of(JsonSerialization.readValue(answer.body(), JsonNode.class));
        } catch (IOException e) {
            throw new VerifierUnavailable(url.getHost() + " did not answer " + path + ": " + e.getClass().getSimpleName(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new VerifierUnavailable("interrupted while asking " + path, e);
        }
    }
}
