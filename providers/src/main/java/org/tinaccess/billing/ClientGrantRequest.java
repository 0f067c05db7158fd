package org.tinaccess.billing;

import com.fasterxml.jackson.databind.JsonNode;
import org.tinaccess.rest.ApiException;
import org.tinaccess.tin.Npi;
import org.tinaccess.tin.Tin;

/**
 * A billing service's request for a client, by the client's TIN or one of its Type 2 NPIs:
 * {@code {"tin": "987654321"}} or {@code {"npi": "1234567893"}}. Validated here, once, at the edge.
 */
public record ClientGrantRequest(Tin tin, Npi npi) {

    public static ClientGrantRequest from(JsonNode body) {
        String tin = text(body, "tin");
        String npi = text(body, "npi");
        if ((tin == null) == (npi == null)) {
            throw ApiException.badRequest("invalid_client", "Give the client's Tax ID (tin) or its Type 2 NPI (npi), one of them.");
        }
        if (tin != null) {
            return new ClientGrantRequest(Tin.parse(tin).orElseThrow(() -> ApiException.badRequest("invalid_tin", "This is not a valid Tax ID.")),
                    null);
        }
        return new ClientGrantRequest(null, Npi.parse(npi).orElseThrow(() -> ApiException.badRequest("invalid_npi", "This is not a valid NPI.")));
    }

    /** What the service typed, as digits: the reference the grant keeps. */
    public String reference() {
        return tin != null ? tin.digits() : npi.digits();
    }

    private static String text(JsonNode body, String field) {
        JsonNode value = body.get(field);
        return value == null || value.isNull() || value.asText().isBlank() ? null : value.asText().strip();
    }
}
