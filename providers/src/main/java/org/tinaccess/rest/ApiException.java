package org.tinaccess.rest;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Thrown by resources to answer with an {@link ApiError}. A WebApplicationException carrying its
 * own response needs no ExceptionMapper, which an extension jar cannot register in Keycloak.
 */
public class ApiException extends WebApplicationException {

    public ApiException(Response.Status status, String error, String message) {
        super(message, response(status, error, message));
    }

    /** An answer that needs more than status and body (e.g. a challenge header). */
    public ApiException(Response response) {
        super(((ApiError) response.getEntity()).message(), response);
    }

    public static Response response(Response.Status status, String error, String message) {
        return Response.status(status)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ApiError(error, message))
                .build();
    }

    public static ApiException notFound() {
        return new ApiException(Response.Status.NOT_FOUND, "not_found", "No such resource.");
    }

    public static ApiException unauthorized() {
        return new ApiException(Response.Status.UNAUTHORIZED, "unauthorized", "A valid bearer token of this realm is required.");
    }

    public static ApiException forbidden() {
        return new ApiException(Response.Status.FORBIDDEN, "forbidden", "You are not allowed to do this.");
    }

    public static ApiException badRequest(String error, String message) {
        return new ApiException(Response.Status.BAD_REQUEST, error, message);
    }

    public static ApiException conflict(String error, String message) {
        return new ApiException(Response.Status.CONFLICT, error, message);
    }

    public ApiError error() {
        return (ApiError) getResponse().getEntity();
    }
}
