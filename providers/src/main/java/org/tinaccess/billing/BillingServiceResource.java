package org.tinaccess.billing;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.NoCache;
import org.keycloak.events.admin.OperationType;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.OrganizationModel;
import org.keycloak.models.RealmModel;
import org.keycloak.organization.OrganizationProvider;
import org.tinaccess.members.NewMember;
import org.tinaccess.rest.ApiException;
import org.tinaccess.rest.ApiFallback;
import org.tinaccess.rest.AuditKind;
import org.tinaccess.rest.AuditTrail;
import org.tinaccess.rest.Caller;
import org.tinaccess.rest.Json;
import org.tinaccess.rest.JsonBody;
import org.tinaccess.rest.Paging;
import org.tinaccess.store.ClientGrantEntity;
import org.tinaccess.store.ClientGrantStatus;
import org.tinaccess.store.MemberEntity;
import org.tinaccess.store.MemberStore;

/**
 * {@code /tin-access/billing-services/{tin}}: the billing service's side. Its admin, and the users the
 * admin lets do so, ask providers for access and follow the answers; only the admin gives its users
 * clients within the grants and chooses who may request them.
 */
public class BillingServiceResource extends ApiFallback {

    private final RealmModel realm;
    private final BillingService staff;
    private final OrganizationModel service;
    private final Caller caller;
    private final ClientGrants grants;

    /** Built only after the caller was proven to be this billing service's admin or one of its client requesters. */
    public BillingServiceResource(KeycloakSession session, RealmModel realm, BillingService staff) {
        super(session);
        this.realm = realm;
        this.staff = staff;
        this.service = staff.organization();
        this.caller = staff.caller();
        this.grants = new ClientGrants(session, realm);
    }

    @GET
    @Path("client-grants")
    @NoCache
    @Operation(summary = "The service's requests to client providers and where each stands, newest first")
    public Response list(@QueryParam("status") String status, @QueryParam("first") String first, @QueryParam("max") String max) {
        Paging paging = Paging.of(first, max);
        ClientGrantStatus filter = GrantStatusFilter.parse(status);
        OrganizationProvider organizations = session.getProvider(OrganizationProvider.class);
        List<ClientGrant> items = grants.store().ofService(service.getId(), filter, paging.first(), paging.max()).stream()
                .map(grant -> ClientGrant.forService(grant, clientName(organizations, grant)))
                .toList();
        return Json.ok(Map.of("total", grants.store().countOfService(service.getId(), filter), "items", items));
    }

    @POST
    @Path("client-grants")
    @Operation(summary = "Ask a provider, by its TIN or Type 2 NPI, to let the service act for it; the same answer whether or not the"
            + " plan knows it")
    public Response request(String body) {
        ClientGrantRequest request = ClientGrantRequest.from(JsonBody.object(body));
        ClientGrantEntity grant = grants.request(service, caller.user().getId(), request);
        GrantAudit.record(session, realm, caller, OperationType.CREATE, "billing-services/" + service.getAlias() + "/client-grants/" + grant.getId(),
                grant, "requested", Map.of());
        return Json.created(ClientGrant.forService(grant, null));
    }

    @GET
    @Path("members/{userId}/clients")
    @NoCache
    @Operation(summary = "The clients a user of the service is assigned to: grant id to entitlements")
    public Response clients(@PathParam("userId") String userId) {
        staff.requireAdmin();
        requireMember(userId);
        return Json.ok(grants.store().assignments(service.getId(), userId));
    }

    @PUT
    @Path("members/{userId}/clients")
    @Operation(summary = "Set the clients a user of the service acts for, {grantId: [entitlements]}, each within what the client granted")
    public Response assign(@PathParam("userId") String userId, String body) {
        staff.requireAdmin();
        requireMember(userId);
        JsonNode json = JsonBody.object(body);
        Map<String, List<String>> byGrant = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = json.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> entry = it.next();
            ClientGrantEntity grant = grants.store().find(entry.getKey())
                    .filter(found -> found.getServiceOrgId().equals(service.getId()) && found.getStatus() == ClientGrantStatus.APPROVED)
                    .orElseThrow(() -> ApiException.badRequest("unknown_grant", "Only the service's approved client grants can be assigned."));
            List<String> entitlements = NewMember.Entitlements.validate(entry.getValue(), grant.getEntitlements());
            byGrant.put(grant.getId(), entitlements);
        }
        grants.assign(service, userId, byGrant);
        Map<String, String> details = new LinkedHashMap<>();
        details.put("tin", service.getAlias());
        details.put("targetUserId", userId);
        details.put("action", "clients-assigned");
        details.put("grants", String.join(",", byGrant.keySet()));
        new AuditTrail(session, realm, caller).record(OperationType.UPDATE, AuditKind.TIN_ACCESS_CLIENT_GRANT,
                "billing-services/" + service.getAlias() + "/members/" + userId + "/clients", details);
        return Json.ok(byGrant);
    }

    @GET
    @Path("members/{userId}/client-requests")
    @NoCache
    @Operation(summary = "Whether the admin lets this user of the service request clients: {\"allowed\": true|false}")
    public Response clientRequests(@PathParam("userId") String userId) {
        staff.requireAdmin();
        return Json.ok(Map.of("allowed", requireMember(userId).requestsClients()));
    }

    @PUT
    @Path("members/{userId}/client-requests")
    @Operation(summary = "Let a user of the service request clients and follow the answers, or stop them: {\"allowed\": true|false}")
    public Response allowClientRequests(@PathParam("userId") String userId, String body) {
        staff.requireAdmin();
        MemberEntity member = requireMember(userId);
        JsonNode allowed = JsonBody.object(body).path("allowed");
        if (!allowed.isBoolean()) {
            throw ApiException.badRequest("invalid_allowed", "allowed must be true or false.");
        }
        if (userId.equals(caller.user().getId())) {
            throw ApiException.badRequest("own_account", "The service's admin always may request clients.");
        }
        member.setRequestsClients(allowed.booleanValue());
        Map<String, String> details = new LinkedHashMap<>();
        details.put("tin", service.getAlias());
        details.put("targetUserId", userId);
        details.put("action", allowed.booleanValue() ? "client-requests-allowed" : "client-requests-withdrawn");
        new AuditTrail(session, realm, caller).record(OperationType.UPDATE, AuditKind.TIN_ACCESS_CLIENT_GRANT,
                "billing-services/" + service.getAlias() + "/members/" + userId + "/client-requests", details);
        return Json.ok(Map.of("allowed", member.requestsClients()));
    }

    /** A user of this service, whatever the membership's state (a suspended one's token carries nothing anyway); 404 for anyone else. */
    private MemberEntity requireMember(String userId) {
        return new MemberStore(session, realm.getId()).find(service.getAlias(), userId).orElseThrow(ApiException::notFound);
    }

    /** The provider's name, shown once it answered; nothing for a client the plan does not know. */
    private static String clientName(OrganizationProvider organizations, ClientGrantEntity grant) {
        if (grant.getClientOrgId() == null) {
            return null;
        }
        OrganizationModel client = organizations.getById(grant.getClientOrgId());
        return client == null ? null : client.getName();
    }
}
