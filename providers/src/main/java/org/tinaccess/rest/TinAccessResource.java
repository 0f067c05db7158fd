package org.tinaccess.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.NoCache;
import org.keycloak.models.KeycloakSession;
import org.tinaccess.members.TinsResource;
import org.tinaccess.review.ReviewResource;

/**
 * Root of {@code /realms/{realm}/tin-access}. Keycloak authenticates nothing here: each
 * sub-resource that is not public checks the bearer token and the caller's role itself.
 */
@Produces(MediaType.APPLICATION_JSON)
public class TinAccessResource {

    private final KeycloakSession session;

    public TinAccessResource(KeycloakSession session) {
        this.session = session;
    }

    @GET
    @Path("config")
    @NoCache
    @Operation(summary = "The realm's public TIN Access settings: entitlement names and TIN-disclosure mode")
    public PublicConfig config() {
        return PublicConfig.of(session.getContext().getRealm());
    }

    @Path("admin-requests")
    public ReviewResource adminRequests() {
        return new ReviewResource(session);
    }

    @Path("tins")
    public TinsResource tins() {
        return new TinsResource(session);
    }

    /** Unknown paths answer in the API's error format rather than Keycloak's HTML error page. */
    @GET
    @Path("{unknown: .+}")
    public PublicConfig unknown(@PathParam("unknown") String path) {
        throw ApiException.notFound();
    }
}
