package org.tinaccess.members;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.NoCache;
import org.keycloak.events.admin.OperationType;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.OrganizationModel;
import org.keycloak.models.RealmModel;
import org.keycloak.organization.OrganizationProvider;
import org.tinaccess.provider.AgencyMark;
import org.tinaccess.provider.BillingServiceMark;
import org.tinaccess.provider.ProviderOrganization;
import org.tinaccess.rest.ApiFallback;
import org.tinaccess.rest.AuditKind;
import org.tinaccess.rest.AuditTrail;
import org.tinaccess.rest.Caller;
import org.tinaccess.rest.Json;
import org.tinaccess.store.AdminClaimEntity;
import org.tinaccess.store.AdminRequestStore;
import org.tinaccess.store.ClientGrantStore;
import org.tinaccess.store.MemberEntity;
import org.tinaccess.store.MemberStatus;
import org.tinaccess.store.MemberStore;
import org.tinaccess.tin.Tin;
import org.tinaccess.token.TinsClaim;
import org.tinaccess.token.TinsClaimMapper;

/** {@code /tin-access/tins}: the caller's own TINs, and the way into one TIN's administration. */
public class TinsResource {

    private final KeycloakSession session;
    private final RealmModel realm;

    public TinsResource(KeycloakSession session) {
        this.session = session;
        this.realm = session.getContext().getRealm();
    }

    /**
     * A TIN of the caller: shown in full to its admin (and to a billing service's client requesters),
     * masked to its users and to anyone invited.
     * {@code providerId} names the provider for accepting or declining an invitation; {@code npis},
     * the provider's Type 2 NPIs, only for its admin and backup admins (who may limit members to them). {@code billingService}
     * marks a billing service's TIN; on it, {@code clients} are the providers the caller acts for through
     * the service: the {@code via} entries of the caller's {@code tins} claim, read from the claim itself
     * so the console and the token never disagree. {@code requestsClients}: the caller may ask providers
     * for access for this billing service (its active admin, or a user the admin lets do so). {@code agency}
     * marks an insurance agency's TIN, whose users are agents, each added with their own NPN. {@code backupAdmin}:
     * {@code nominated} when the TIN's admin named the caller a backup admin and waits for their answer,
     * {@code confirmed} once they agreed (their role is then {@code backup-admin}, and they see the TIN in full).
     */
    public record MyTin(String tin, String providerId, String name, String role, String status, List<String> entitlements,
            List<String> npis, boolean billingService, List<ViaClient> clients, boolean requestsClients, boolean agency, String backupAdmin) {}

    /** A client the caller acts for through a billing service: masked (they are not its admin), its name, what they may do there. */
    public record ViaClient(String tin, String name, List<String> entitlements) {}

    @GET
    @NoCache
    @Operation(summary = "The caller's TINs with the provider's name, the caller's role, status and entitlements")
    public Response mine() {
        Caller caller = Caller.authenticate(session);
        return Json.ok(new MyTinsView(caller).all());
    }

    /**
     * Draws the caller's TINs in a number of queries that does not grow with them: the administered
     * TINs, the entitlements and the clients reached through billing services are read once for all,
     * and the providers come from Keycloak's realm cache by id.
     */
    private final class MyTinsView {

        private final Caller caller;
        private final OrganizationProvider organizations = session.getProvider(OrganizationProvider.class);
        private final Set<String> administered;
        private final Map<String, List<String>> entitlementsByOrg;
        private final Map<String, Object> claim;
        /** Client TIN to its provider's id, read only when one of the caller's TINs is a billing service. */
        private Map<String, String> clientOrgIds;

        MyTinsView(Caller caller) {
            this.caller = caller;
            String userId = caller.user().getId();
            this.administered = new AdminRequestStore(session, realm.getId()).claimsOf(userId).stream()
                    .map(AdminClaimEntity::getTin)
                    .collect(Collectors.toSet());
            this.entitlementsByOrg = new MemberStore(session, realm.getId()).entitlementsOfUser(userId);
            this.claim = TinsClaimMapper.claimFor(session, realm, caller.user());
        }

        List<MyTin> all() {
            return new MemberStore(session, realm.getId()).membershipsOf(caller.user().getId()).stream().map(this::of).toList();
        }

        MyTin of(MemberEntity member) {
            Tin tin = Tin.parse(member.getTin()).orElseThrow();
            boolean admin = administered.contains(member.getTin());
            OrganizationModel provider = organizations.getById(member.getOrgId());
            boolean accepted = member.getStatus() != MemberStatus.INVITED;
            boolean billingService = BillingServiceMark.isBillingService(provider);
            // A user the service lets request clients acts in the service's name, by its TIN: shown in full to them too.
            boolean requestsClients = billingService && member.getStatus() == MemberStatus.ACTIVE && (admin || member.requestsClients());
            boolean backup = !admin && member.isActiveBackupAdmin();
            return new MyTin(admin && accepted || requestsClients || backup ? tin.digits() : tin.masked(), member.getOrgId(),
                    provider == null ? null : provider.getName(),
                    admin ? TinsClaim.ADMIN : backup ? TinsClaim.BACKUP_ADMIN : TinsClaim.USER,
                    MemberRepresentation.status(member.getStatus(), caller.user().isEmailVerified()),
                    entitlementsByOrg.getOrDefault(member.getOrgId(), List.of()),
                    (admin && accepted || backup) && provider != null ? ProviderOrganization.npis(provider) : List.of(),
                    billingService, billingService ? clientsVia(tin) : List.of(),
                    requestsClients, AgencyMark.isAgency(provider), admin ? null : MemberRepresentation.backupAdmin(member.getBackupAdmin()));
        }

        private Map<String, String> clientOrgIds() {
            if (clientOrgIds == null) {
                clientOrgIds = new HashMap<>();
                new ClientGrantStore(session, realm.getId()).clientAccess(caller.user().getId())
                        .forEach(access -> clientOrgIds.putIfAbsent(access.clientTin(), access.clientOrgId()));
            }
            return clientOrgIds;
        }

        /** The claim's entries marked {@code via} this service's TIN, by client TIN. */
        private List<ViaClient> clientsVia(Tin service) {
            List<ViaClient> clients = new ArrayList<>();
            claim.forEach((clientTin, value) -> {
                if (value instanceof Map<?, ?> entry && service.digits().equals(entry.get("via"))) {
                    Tin client = Tin.parse(clientTin).orElseThrow();
                    String orgId = clientOrgIds().get(clientTin);
                    OrganizationModel provider = orgId == null ? null : organizations.getById(orgId);
                    List<String> entitlements = entry.get("entitlements") instanceof List<?> names
                            ? names.stream().map(String::valueOf).toList()
                            : List.of();
                    clients.add(new ViaClient(client.masked(), provider == null ? null : provider.getName(), entitlements));
                }
            });
            return clients;
        }
    }

    @POST
    @Path("invitations/{providerId}/accept")
    @Operation(summary = "Accept an invitation to a provider (or an approved admin request made with an existing account):"
            + " from now on the TIN is in the caller's tokens")
    public Response accept(@PathParam("providerId") String providerId) {
        Caller caller = Caller.authenticate(session);
        MemberEntity member = new OwnInvitations(session, realm, caller.user()).accept(providerId);
        audit(caller, member, "invitation-accepted");
        // Read after the change: the claim kept in this session (if any) predates the acceptance.
        TinsClaimMapper.forget(session, caller.user());
        return Json.ok(new MyTinsView(caller).of(member));
    }

    @POST
    @Path("invitations/{providerId}/decline")
    @Operation(summary = "Decline an invitation: nothing of it stays; an approved admin request declined frees its TIN")
    public Response decline(@PathParam("providerId") String providerId) {
        Caller caller = Caller.authenticate(session);
        MemberEntity member = new OwnInvitations(session, realm, caller.user()).decline(providerId);
        audit(caller, member, "invitation-declined");
        return Response.noContent().build();
    }

    private void audit(Caller caller, MemberEntity member, String action) {
        Map<String, String> details = new LinkedHashMap<>();
        details.put("tin", member.getTin());
        details.put("targetUserId", caller.user().getId());
        details.put("action", action);
        new AuditTrail(session, realm, caller).record(OperationType.ACTION, AuditKind.TIN_ACCESS_MEMBER,
                "tins/" + member.getTin() + "/members/" + caller.user().getId(), details);
    }

    // /tins answers only GET: the other methods are answered here, in the API's words, since this
    // class cannot extend ApiFallback (a catch-all would compete with the {tin} locator).
    @POST
    public Response unmatchedPost() {
        throw ApiFallback.unmatched(session, "POST");
    }

    @PUT
    public Response unmatchedPut() {
        throw ApiFallback.unmatched(session, "PUT");
    }

    @DELETE
    public Response unmatchedDelete() {
        throw ApiFallback.unmatched(session, "DELETE");
    }

    @PATCH
    public Response unmatchedPatch() {
        throw ApiFallback.unmatched(session, "PATCH");
    }

    @Path("{tin}")
    public TinResource tin(@PathParam("tin") String tin) {
        return new TinResource(session, tin);
    }

    static Map<String, Object> page(long total, List<?> items) {
        return Map.of("total", total, "items", items);
    }
}
