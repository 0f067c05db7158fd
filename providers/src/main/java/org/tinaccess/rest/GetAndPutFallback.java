package org.tinaccess.rest;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.core.Response;
import org.keycloak.models.KeycloakSession;

/**
 * {@link ApiFallback} for a resource whose own path takes GET and PUT (a thing read and replaced):
 * the other methods there answer 405 in the API's words.
 */
public abstract class GetAndPutFallback extends ApiFallback {

    protected GetAndPutFallback(KeycloakSession session) {
        super(session);
    }

    @POST
    public Response unmatchedPostHere() {
        throw unmatched("POST");
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
