package org.tinaccess.rest;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import org.keycloak.util.JsonSerialization;

/**
 * Reads request bodies ourselves, whatever Content-Type they came with (the resources declare no
 * {@code @Consumes}, so a wrong one is not the framework's 415), so malformed JSON answers in the
 * API's error format rather than with the server's generic error.
 */
public final class JsonBody {

    private JsonBody() {}

    public static JsonNode object(String body) {
        JsonNode json = read(body);
        if (!json.isObject()) {
            throw ApiException.badRequest("invalid_json", "The body must be a JSON object.");
        }
        return json;
    }

    public static JsonNode array(String body) {
        JsonNode json = read(body);
        if (!json.isArray()) {
            throw ApiException.badRequest("invalid_json", "The body must be a JSON array.");
        }
        return json;
    }

    private static JsonNode read(String body) {
        try {
            JsonNode json = body == null || body.isBlank() ? null : JsonSerialization.readValue(body, JsonNode.class);
            if (json == null) {
                throw ApiException.badRequest("invalid_json", "A JSON body is required.");
            }
            return json;
        } catch (IOException e) {
            throw ApiException.badRequest("invalid_json", "The body is not valid JSON.");
        }
    }
}
