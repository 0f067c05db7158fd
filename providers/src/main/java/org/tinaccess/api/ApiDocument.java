package org.tinaccess.api;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.keycloak.util.JsonSerialization;
import org.tinaccess.rest.ApiRoutes;

/**
 * The API's OpenAPI 3 document, read from the resource classes themselves (JAX-RS paths, HTTP
 * methods, path and query parameters, the {@link Operation} summaries), following the sub-resource
 * locators from {@link TinAccessResource}. The build runs {@link #main} after compiling, so the
 * document in the jar ({@value #RESOURCE}, also served at {@code GET /tin-access/openapi.json})
 * always matches the code; the authorization-matrix test reads it to find every endpoint.
 */
public final class ApiDocument {

    public static final String RESOURCE = ApiRoutes.RESOURCE;
    static final String ROOT = "/realms/{realm}/tin-access";

    private ApiDocument() {}

    /** Writes the document to {@code args[0]}. */
    public static void main(String[] args) throws IOException {
        java.nio.file.Path target = java.nio.file.Path.of(args[0]);
        Files.createDirectories(target.getParent());
        Files.writeString(target, JsonSerialization.writeValueAsPrettyString(describe()));
    }

    static Map<String, Object> describe() {
        Map<String, Map<String, Object>> paths = new TreeMap<>();
        walk(TinAccessResource.class, ROOT, paths);
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("openapi", "3.0.3");
        document.put("info", Map.of("title", "TIN Access API", "version", "1",
                "description", "Bearer tokens of the realm with the tin-access-api audience; errors are {\"error\": code, \"message\": text}."));
        document.put("paths", paths);
        document.put("components", Map.of("securitySchemes", Map.of("bearer", Map.of("type", "http", "scheme", "bearer"))));
        return document;
    }

    private static void walk(Class<?> resource, String prefix, Map<String, Map<String, Object>> paths) {
        List<Method> methods = new ArrayList<>(Arrays.asList(resource.getDeclaredMethods()));
        methods.sort(Comparator.comparing(Method::getName));
        for (Method method : methods) {
            Path path = method.getAnnotation(Path.class);
            if ((path != null && path.value().contains(":")) || method.getName().startsWith("unmatched")) {
                continue; // a catch-all answering 404 or 405 in the API's format (ApiFallback), not an endpoint
            }
            String full = path == null ? prefix : prefix + "/" + strip(path.value());
            String verb = httpMethod(method);
            if (verb == null && path != null) {
                walk(method.getReturnType(), full, paths);
            } else if (verb != null) {
                paths.computeIfAbsent(full, key -> new TreeMap<>()).put(verb.toLowerCase(Locale.ROOT), operation(method, full));
            }
        }
    }

    private static Map<String, Object> operation(Method method, String path) {
        Map<String, Object> operation = new LinkedHashMap<>();
        operation.put("operationId", method.getDeclaringClass().getSimpleName() + "." + method.getName());
        Operation described = method.getAnnotation(Operation.class);
        if (described != null) {
            operation.put("summary", described.summary());
        }
        List<Map<String, Object>> parameters = new ArrayList<>();
        for (String name : pathParameters(path)) {
            parameters.add(Map.of("name", name, "in", "path", "required", true, "schema", Map.of("type", "string")));
        }
        boolean body = false;
        for (Parameter parameter : method.getParameters()) {
            QueryParam query = parameter.getAnnotation(QueryParam.class);
            if (query != null) {
                parameters.add(Map.of("name", query.value(), "in", "query", "required", false, "schema", Map.of("type", "string")));
            } else if (parameter.getAnnotation(PathParam.class) == null && parameter.getAnnotations().length == 0) {
                body = true;
            }
        }
        if (!parameters.isEmpty()) {
            operation.put("parameters", parameters);
        }
        if (body) {
            operation.put("requestBody", Map.of("content", Map.of("application/json", Map.of("schema", Map.of()))));
        }
        operation.put("responses", Map.of("default", Map.of("description", "JSON; errors as {\"error\", \"message\"}")));
        return operation;
    }

    private static List<String> pathParameters(String path) {
        List<String> names = new ArrayList<>();
        for (String segment : path.split("/")) {
            if (segment.startsWith("{") && segment.endsWith("}")) {
                names.add(segment.substring(1, segment.length() - 1));
            }
        }
        return names;
    }

    private static String httpMethod(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod http = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (http != null) {
                return http.value();
            }
        }
        return null;
    }

    private static String strip(String path) {
        String trimmed = path.startsWith("/") ? path.substring(1) : path;
        return trimmed.endsWith("/") ? trimmed.substring(0, trimmed.length() - 1) : trimmed;
    }
}
