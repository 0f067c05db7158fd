package org.tinaccess.billing;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.NoCache;
import org.keycloak.events.admin.OperationType;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.OrganizationModel;
import org.keycloak.models.RealmModel;
import org.keycloak.organization.OrganizationProvider;
import org.tinaccess.members.NewMember;
import org.tinaccess.members.TinManager;
import org.tinaccess.members.TinResource;
import org.tinaccess.rest.ApiException;
import org.tinaccess.rest.Caller;
import org.tinaccess.rest.GetOnlyFallback;
import org.tinaccess.rest.Json;
import org.tinaccess.rest.JsonBody;
import org.tinaccess.rest.Paging;
import org.tinaccess.rest.RecentSecondFactor;
import org.tinaccess.settings.TinAccessSettings;
import org.tinaccess.store.ClientGrantEntity;
import org.tinaccess.store.ClientGrantStatus;
import org.tinaccess.store.MemberStore;
import org.tinaccess.tin.Tin;

/**
 * {@code /tin-access/tins/{tin}/client-grants}: the client side. Only the client TIN's own admin
 * (a business contact of the provider) sees and decides the billing services' requests,
 * never anyone the service names.
 */
public class ClientGrantsResource extends GetOnlyFallback {

    private static final int NOTE_MAX = 500;

    private final RealmModel realm;
    private final Tin tin;
    /** Whether the caller is the TIN's admin or a backup admin: events name the role. */
    private final TinManager manager;
    private final Caller admin;
    private final ClientGrants grants;

    /** Built only after the caller was proven to be this TIN's admin or one of its backup admins. */
    public ClientGrantsResource(KeycloakSession session, RealmModel realm, TinManager manager, Caller admin) {
        super(session);
        this.realm = realm;
        this.tin = manager.tin();
        this.manager = manager;
        this.admin = admin;
        this.grants = new ClientGrants(session, realm);
    }

    @GET
    @NoCache
    @Operation(summary = "The billing services' requests to act for this TIN, newest first: pending, approved, denied, expired, revoked or all")
    public Response list(@QueryParam("status") String status, @QueryParam("first") String first, @QueryParam("max") String max) {
        Paging paging = Paging.of(first, max);
        ClientGrantStatus filter = GrantStatusFilter.parse(status);
        OrganizationProvider organizations = session.getProvider(OrganizationProvider.class);
        List<ClientGrant> items = grants.store().ofClient(tin.digits(), filter, paging.first(), paging.max()).stream()
                .map(grant -> {
                    OrganizationModel service = organizations.getById(grant.getServiceOrgId());
                    return ClientGrant.forClient(grant, service == null ? null : service.getName(),
                            Tin.parse(grant.getServiceTin()).map(Tin::masked).orElse(null));
                })
                .toList();
        return Json.ok(Map.of("total", grants.store().countOfClient(tin.digits(), filter), "items", items));
    }

    @POST
    @Path("{id}/approve")
    @Operation(summary = "Approve a pending request with the entitlements granted to the service (a subset of the realm's),"
            + " with a second factor in the last 5 minutes")
    public Response approve(@PathParam("id") String id, String body) {
        // It opens the TIN's data to another organisation.
        RecentSecondFactor.require(session, realm, admin);
        ClientGrantEntity grant = grantOfThisTin(id);
        JsonNode json = JsonBody.object(body);
        List<String> entitlements = NewMember.Entitlements.validate(json.path("entitlements"),
                TinAccessSettings.from(realm::getAttribute).entitlements());
        // Someone who works for the service would be granting their own organisation this TIN's data.
        if (new MemberStore(session, realm.getId()).find(grant.getServiceTin(), admin.user().getId()).isPresent()) {
            throw ApiException.conflict("own_case", "You work for this billing service: another admin or backup admin of this Tax ID"
                    + " decides its request.");
        }
        grants.approve(grant, admin.user().getId(), entitlements);
        return answer(grant, "approved", Map.of("entitlements", String.join(",", entitlements)));
    }

    @POST
    @Path("{id}/deny")
    @Operation(summary = "Deny a pending request, with a note the service reads")
    public Response deny(@PathParam("id") String id, String body) {
        ClientGrantEntity grant = grantOfThisTin(id);
        grants.deny(grant, admin.user().getId(), note(JsonBody.object(body)));
        return answer(grant, "denied", Map.of());
    }

    @POST
    @Path("{id}/revoke")
    @Operation(summary = "Revoke an approved grant at any time; the service's users lose the client at their next token refresh")
    public Response revoke(@PathParam("id") String id, String body) {
        ClientGrantEntity grant = grantOfThisTin(id);
        String note = body == null || body.isBlank() ? null : note(JsonBody.object(body));
        grants.revoke(grant, admin.user().getId(), note);
        return answer(grant, "revoked", Map.of());
    }

    /** A grant addressed to this TIN; 404 for any other id, another TIN's or another realm's. */
    private ClientGrantEntity grantOfThisTin(String id) {
        return grants.store().find(id).filter(grant -> tin.digits().equals(grant.getClientTin())).orElseThrow(ApiException::notFound);
    }

    private static String note(JsonNode json) {
        JsonNode note = json.path("note");
        if (note.isMissingNode() || note.isNull()) {
            return null;
        }
        if (!note.isTextual() || note.asText().length() > NOTE_MAX) {
            throw ApiException.badRequest("invalid_note", "note must be text of at most " + NOTE_MAX + " characters.");
        }
        return note.asText().strip();
    }

    private Response answer(ClientGrantEntity grant, String action, Map<String, String> extra) {
        Map<String, String> details = new LinkedHashMap<>(extra);
        details.put(TinResource.ACTING_AS, manager.actingAs());
        GrantAudit.record(session, realm, admin, OperationType.UPDATE, "tins/" + tin.digits() + "/client-grants/" + grant.getId(), grant,
                action, details);
        OrganizationModel service = session.getProvider(OrganizationProvider.class).getById(grant.getServiceOrgId());
        return Json.ok(ClientGrant.forClient(grant, service == null ? null : service.getName(),
                Tin.parse(grant.getServiceTin()).map(Tin::masked).orElse(null)));
    }
}
