package org.tinaccess.rest;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Set;
import org.keycloak.models.KeycloakSession;

/**
 * What the framework would answer in its own words, answered in the API's: a path the API does not
 * have is 404, a method a path does not allow is 405 with {@code Allow}. Extension jars cannot
 * register exception mappers in Keycloak, so the resources that end a path extend this class: its
 * catch-all methods, one per HTTP method, are chosen only when no real method matches. It covers
 * the paths below the resource's own; {@link GetOnlyFallback} covers that one too.
 */
public abstract class ApiFallback {

    private static final String ANY = "{unmatched: .+}";

    protected final KeycloakSession session;

    protected ApiFallback(KeycloakSession session) {
        this.session = session;
    }

    @GET
    @Path(ANY)
    public Response unmatchedGet() {
        throw unmatched("GET");
    }

    @POST
    @Path(ANY)
    public Response unmatchedPost() {
        throw unmatched("POST");
    }

    @PUT
    @Path(ANY)
    public Response unmatchedPut() {
        throw unmatched("PUT");
    }

    @DELETE
    @Path(ANY)
    public Response unmatchedDelete() {
        throw unmatched("DELETE");
    }

    @PATCH
    @Path(ANY)
    public Response unmatchedPatch() {
        throw unmatched("PATCH");
    }

    protected ApiException unmatched(String method) {
        return unmatched(session, method);
    }

    /** 405 for a method the request's path does not allow, else 404. */
    public static ApiException unmatched(KeycloakSession session, String method) {
        Set<String> allowed = ApiRoutes.allowed(session.getContext().getUri().getPath());
        if (allowed.isEmpty() || allowed.contains(method)) {
            return ApiException.notFound();
        }
        String allow = String.join(", ", allowed);
        return new ApiException(Response.status(Response.Status.METHOD_NOT_ALLOWED)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .header(HttpHeaders.ALLOW, allow)
                .entity(new ApiError("method_not_allowed", method + " is not allowed here; use " + allow + "."))
                .build());
    }
}
