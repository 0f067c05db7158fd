package org.tinaccess.rest;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import org.keycloak.util.JsonSerialization;

/**
 * Reads request bodies ourselves, whatever Content-Type they came with (the resources declare no
 * {@code @Consumes}, so a wrong one is not the framework's 415), so malformed JSON answers in the
 * API's error format rather than with the server's generic error.
 */
public final class JsonBody {

    /** Far above any body the API takes (a member with every NPI of a large group is a few kilobytes). */
    static final int MAX_CHARS = 64 * 1024;

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
        if (body != null && body.length() > MAX_CHARS) {
            throw new ApiException(Response.Status.REQUEST_ENTITY_TOO_LARGE, "too_large", "The body is larger than " + MAX_CHARS / 1024 + " KB.");
        }
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
