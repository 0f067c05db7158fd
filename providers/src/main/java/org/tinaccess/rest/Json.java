package org.tinaccess.rest;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The API's answers, always JSON whatever the caller's Accept header says: the resources declare
 * no {@code @Produces}, so the framework never answers 406 with Keycloak's HTML error page.
 */
public final class Json {

    private Json() {}

    public static Response ok(Object entity) {
        return Response.ok(entity, MediaType.APPLICATION_JSON_TYPE).build();
    }

    public static Response created(Object entity) {
        return Response.status(Response.Status.CREATED).type(MediaType.APPLICATION_JSON_TYPE).entity(entity).build();
    }
}
