package org.tinaccess.billing;

import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.keycloak.events.admin.OperationType;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.tinaccess.rest.ApiException;
import org.tinaccess.rest.ApiFallback;
import org.tinaccess.rest.Caller;
import org.tinaccess.rest.Json;
import org.tinaccess.store.ClientGrantEntity;

/** {@code /tin-access/client-grants}: what web support (reviewers) does for a billing service's request. */
public class ReviewerGrantsResource extends ApiFallback {

    private final RealmModel realm;
    private final Caller reviewer;

    /** Built only after the caller was proven to be a reviewer. */
    public ReviewerGrantsResource(KeycloakSession session, RealmModel realm, Caller reviewer) {
        super(session);
        this.realm = realm;
        this.reviewer = reviewer;
    }

    @POST
    @Path("{id}/resend")
    @Operation(summary = "Send the client's admin an unanswered request again, once (seed 003: \"contact web support to resend the request\")")
    public Response resend(@PathParam("id") String id) {
        ClientGrants grants = new ClientGrants(session, realm);
        ClientGrantEntity grant = grants.store().find(id).orElseThrow(ApiException::notFound);
        grants.resend(grant);
        GrantAudit.record(session, realm, reviewer, OperationType.ACTION, "client-grants/" + grant.getId() + "/resend", grant, "resent",
                Map.of());
        return Json.ok(ClientGrant.forService(grant, null));
    }
}
