package org.tinaccess.rest;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.core.Response;
import org.keycloak.models.KeycloakSession;

/**
 * {@link ApiFallback} for a resource whose own path takes GET only (a list, or nothing): the other
 * methods there answer 405 in the API's words. A resource that takes another method at its own path
 * extends ApiFallback instead (two methods of one kind at one path would leave the choice to chance).
 */
public abstract class GetOnlyFallback extends ApiFallback {

    protected GetOnlyFallback(KeycloakSession session) {
        super(session);
    }

    @POST
    public Response unmatchedPostHere() {
        throw unmatched("POST");
    }

    @PUT
    public Response unmatchedPutHere() {
        throw unmatched("PUT");
    }

    @DELETE
    public Response unmatchedDeleteHere() {
        throw unmatched("DELETE");
    }

    @PATCH
    public Response unmatchedPatchHere() {
        throw unmatched("PATCH");
    }
}
