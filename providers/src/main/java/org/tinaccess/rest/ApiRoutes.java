package org.tinaccess.rest;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.keycloak.util.JsonSerialization;

/**
 * The API's paths and their methods, read from the OpenAPI document in the jar (the code's own
 * description of itself, written by {@code api.ApiDocument} at build time): which methods a path allows, so a wrong method
 * answers 405 with {@code Allow} in the API's format and an unknown path 404. Immutable data of
 * the jar, the same on every node.
 */
public final class ApiRoutes {

    /** Where the build puts the API's OpenAPI document in the jar. */
    public static final String RESOURCE = "META-INF/tin-access/openapi.json";

    private static final Map<Pattern, Set<String>> ROUTES = load();

    private ApiRoutes() {}

    /** The methods {@code requestPath} allows (empty for a path the API does not have). */
    static Set<String> allowed(String requestPath) {
        for (Map.Entry<Pattern, Set<String>> route : ROUTES.entrySet()) {
            if (route.getKey().matcher(requestPath).matches()) {
                return route.getValue();
            }
        }
        return Set.of();
    }

    private static Map<Pattern, Set<String>> load() {
        try (InputStream document = ApiRoutes.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (document == null) {
                return Map.of();
            }
            JsonNode paths = JsonSerialization.readValue(document, JsonNode.class).get("paths");
            // Literal paths before templated ones (tins/invitations/... before tins/{tin}/...), as JAX-RS matches.
            List<Map.Entry<String, JsonNode>> byLiterals = new ArrayList<>();
            paths.fields().forEachRemaining(byLiterals::add);
            byLiterals.sort(Comparator.comparingInt((Map.Entry<String, JsonNode> path) -> literalLength(path.getKey())).reversed());
            Map<Pattern, Set<String>> routes = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> path : byLiterals) {
                Set<String> methods = new TreeSet<>();
                path.getValue().fieldNames().forEachRemaining(method -> methods.add(method.toUpperCase(Locale.ROOT)));
                // Any prefix (a relative path Keycloak is served under), then the template, a segment per parameter.
                routes.put(Pattern.compile(".*" + path.getKey().replaceAll("\\{[^/]+}", "[^/]+")), Set.copyOf(methods));
            }
            return routes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int literalLength(String template) {
        return template.replaceAll("\\{[^/]+}", "").length();
    }
}
