package org.tinaccess.members;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.NoCache;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.OrganizationModel;
import org.keycloak.models.RealmModel;
import org.tinaccess.provider.ProviderOrganization;
import org.tinaccess.rest.Caller;
import org.tinaccess.store.AdminClaimEntity;
import org.tinaccess.store.AdminRequestStore;
import org.tinaccess.store.MemberEntity;
import org.tinaccess.store.MemberStore;
import org.tinaccess.tin.Tin;

/** {@code /tin-access/tins}: the caller's own TINs, and the way into one TIN's administration. */
@Produces(MediaType.APPLICATION_JSON)
public class TinsResource {

    private final KeycloakSession session;
    private final RealmModel realm;

    public TinsResource(KeycloakSession session) {
        this.session = session;
        this.realm = session.getContext().getRealm();
    }

    /** A TIN of the caller: shown in full to its admin, masked to its users. */
    public record MyTin(String tin, String name, String role, String status, List<String> entitlements) {}

    @GET
    @NoCache
    @Operation(summary = "The caller's TINs with the provider's name, the caller's role, status and entitlements")
    public List<MyTin> mine() {
        Caller caller = Caller.authenticate(session);
        MemberStore members = new MemberStore(session, realm.getId());
        Set<String> administered = new AdminRequestStore(session, realm.getId()).claimsOf(caller.user().getId()).stream()
                .map(AdminClaimEntity::getTin)
                .collect(Collectors.toSet());
        return members.membershipsOf(caller.user().getId()).stream()
                .map(member -> myTin(member, administered.contains(member.getTin()), members, caller))
                .toList();
    }

    private MyTin myTin(MemberEntity member, boolean admin, MemberStore members, Caller caller) {
        Tin tin = Tin.parse(member.getTin()).orElseThrow();
        OrganizationModel provider = ProviderOrganization.of(session, tin);
        return new MyTin(admin ? tin.digits() : tin.masked(), provider == null ? null : provider.getName(), admin ? "admin" : "user",
                MemberRepresentation.status(member.getStatus(), caller.user().isEmailVerified()),
                members.entitlements(member.getOrgId(), caller.user().getId()));
    }

    @Path("{tin}")
    public TinResource tin(@PathParam("tin") String tin) {
        return new TinResource(session, tin);
    }

    static Map<String, Object> page(long total, List<?> items) {
        return Map.of("total", total, "items", items);
    }
}
