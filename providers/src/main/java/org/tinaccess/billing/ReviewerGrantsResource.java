package org.tinaccess.billing;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.NoCache;
import org.keycloak.events.admin.OperationType;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.OrganizationModel;
import org.keycloak.models.RealmModel;
import org.keycloak.organization.OrganizationProvider;
import org.tinaccess.rest.ApiException;
import org.tinaccess.rest.Caller;
import org.tinaccess.rest.GetOnlyFallback;
import org.tinaccess.rest.Json;
import org.tinaccess.rest.Paging;
import org.tinaccess.store.ClientGrantEntity;
import org.tinaccess.store.ClientGrantStatus;
import org.tinaccess.store.ClientGrantStore;

/** {@code /tin-access/client-grants}: what web support (reviewers) does for a billing service's request. */
public class ReviewerGrantsResource extends GetOnlyFallback {

    private final RealmModel realm;
    private final Caller reviewer;

    /** Built only after the caller was proven to be a reviewer. */
    public ReviewerGrantsResource(KeycloakSession session, RealmModel realm, Caller reviewer) {
        super(session);
        this.realm = realm;
        this.reviewer = reviewer;
    }

    @GET
    @NoCache
    @Operation(summary = "The realm's client grants for web support, oldest first; pending unless status says otherwise"
            + " (approved, denied, expired, revoked or all)")
    public Response list(@QueryParam("status") String status, @QueryParam("first") String first, @QueryParam("max") String max) {
        Paging paging = Paging.of(first, max);
        ClientGrantStatus filter = status == null ? ClientGrantStatus.PENDING : GrantStatusFilter.parse(status);
        ClientGrantStore store = new ClientGrantStore(session, realm.getId());
        OrganizationProvider organizations = session.getProvider(OrganizationProvider.class);
        List<ClientGrant> items = store.ofRealm(filter, paging.first(), paging.max()).stream()
                .map(grant -> ClientGrant.forReviewer(grant, name(organizations, grant.getClientOrgId()), name(organizations, grant.getServiceOrgId())))
                .toList();
        return Json.ok(Map.of("total", store.countOfRealm(filter), "items", items));
    }

    private static String name(OrganizationProvider organizations, String id) {
        OrganizationModel organization = id == null ? null : organizations.getById(id);
        return organization == null ? null : organization.getName();
    }

    @POST
    @Path("{id}/resend")
    @Operation(summary = "Send the client's admin an unanswered request again, once (\"contact web support to resend the request\")")
    public Response resend(@PathParam("id") String id) {
        ClientGrants grants = new ClientGrants(session, realm);
        ClientGrantEntity grant = grants.store().find(id).orElseThrow(ApiException::notFound);
        grants.resend(grant);
        GrantAudit.record(session, realm, reviewer, OperationType.ACTION, "client-grants/" + grant.getId() + "/resend", grant, "resent",
                Map.of());
        return Json.ok(ClientGrant.forService(grant, null));
    }
}
