package org.tinaccess.members;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.NoCache;
import org.keycloak.events.admin.OperationType;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.tinaccess.provider.AgencyMark;
import org.tinaccess.provider.PersonProfile;
import org.tinaccess.provider.ProviderOrganization;
import org.tinaccess.rest.ApiException;
import org.tinaccess.rest.AuditKind;
import org.tinaccess.rest.AuditTrail;
import org.tinaccess.rest.Caller;
import org.tinaccess.rest.GetOnlyFallback;
import org.tinaccess.rest.Json;
import org.tinaccess.rest.JsonBody;
import org.tinaccess.rest.Paging;
import org.tinaccess.rest.RecentSecondFactor;
import org.tinaccess.settings.TinAccessSettings;
import org.tinaccess.store.AdminRequestStore;
import org.tinaccess.store.AgentNpnEntity;
import org.tinaccess.store.AgentNpnStore;
import org.tinaccess.store.MemberPage;
import org.tinaccess.store.MemberQuery;
import org.tinaccess.store.MemberRow;
import org.tinaccess.store.MemberStatus;
import org.tinaccess.store.MemberStore;
import org.tinaccess.tin.Tin;

/**
 * {@code /tin-access/tins/{tin}}: the TIN admin's user management, shared with the TIN's backup
 * admins. Every method first proves the caller holds this TIN's admin claim or is one of its backup
 * admins (403 otherwise, the same for unregistered TINs), then finds the target user within the realm
 * and the TIN (404 otherwise); a backup admin's change to the admin or a backup admin is 403. Handing
 * the TIN over stays the admin's (or a reviewer's).
 */
public class TinResource extends GetOnlyFallback {

    /** The event detail that names the role the caller acted in: {@code admin}, {@code backup-admin} or {@code reviewer}. */
    public static final String ACTING_AS = "actingAs";

    private final RealmModel realm;
    private final String tinInPath;

    TinResource(KeycloakSession session, String tinInPath) {
        super(session);
        this.realm = session.getContext().getRealm();
        this.tinInPath = tinInPath;
    }

    @GET
    @Path("members")
    @NoCache
    @Operation(summary = "The TIN's members, paged in the database, searched by name and e-mail, filtered by status")
    public Response members(@QueryParam("q") String text, @QueryParam("status") String status,
            @QueryParam("first") String first, @QueryParam("max") String max) {
        Caller caller = Caller.authenticate(session);
        Tin tin = TinAuthority.requireManager(session, realm, caller, tinInPath).tin();
        Paging paging = Paging.of(first, max);
        String statusFilter = MemberRepresentation.statusFilter(status);
        if ("".equals(statusFilter)) {
            throw ApiException.badRequest("invalid_status", "status must be invited, active or suspended.");
        }
        MemberStore members = new MemberStore(session, realm.getId());
        MemberPage page = members.page(new MemberQuery(tin.digits(), text == null || text.isBlank() ? null : text.strip(), statusFilter,
                paging.first(), paging.max()));
        String adminId = adminOf(tin);
        var provider = ProviderOrganization.of(session, tin);
        String orgId = provider == null ? "" : provider.getId();
        List<String> userIds = page.items().stream().map(MemberRow::userId).toList();
        Map<String, List<String>> entitlements = members.entitlements(orgId, userIds);
        Map<String, List<String>> npis = members.npis(orgId, userIds);
        Map<String, String> agentNpns = AgencyMark.isAgency(provider) ? new AgentNpnStore(session, realm.getId()).npnsOf(userIds) : Map.of();
        return Json.ok(TinsResource.page(page.total(), page.items().stream()
                .map(row -> MemberRepresentation.of(row, row.userId().equals(adminId), entitlements.getOrDefault(row.userId(), List.of()),
                        npis.getOrDefault(row.userId(), List.of()), row.status() == MemberStatus.INVITED ? row.invitedNpn() : agentNpns.get(row.userId())))
                .toList()));
    }

    @POST
    @Path("members")
    @Operation(summary = "Invite a person: a new account by its activation link, an existing one to accept signed in;"
            + " the answer is the same either way and shows only what was sent")
    public Response add(String body) {
        Caller caller = Caller.authenticate(session);
        TinManager manager = TinAuthority.requireManager(session, realm, caller, tinInPath);
        Tin tin = manager.tin();
        TinAccessSettings settings = TinAccessSettings.from(realm::getAttribute);
        NewMember person = NewMember.from(JsonBody.object(body), settings.entitlements(), settings.phoneRegions());
        PersonProfile.problems(session, Map.of("firstName", person.firstName(), "lastName", person.lastName())).stream().findFirst()
                .ifPresent(problem -> {
                    throw ApiException.badRequest("invalid_" + problem.attribute(),
                            problem.attribute() + " has characters or a length the realm's user profile does not allow.");
                });
        var member = new TinMembership(session, realm, tin, caller.user()).add(person);
        audit(caller, manager, OperationType.CREATE, member.getUserId(), "invited");
        return Json.created(new MemberRepresentation(member.getUserId(), person.email(), person.email(),
                person.firstName(), person.lastName(), "user", person.entitlements(), List.of(), "invited", person.npn(), null));
    }

    @GET
    @Path("members/{userId}")
    @NoCache
    @Operation(summary = "One member of the TIN")
    public Response member(@PathParam("userId") String userId) {
        Caller caller = Caller.authenticate(session);
        Tin tin = TinAuthority.requireManager(session, realm, caller, tinInPath).tin();
        UserModel user = user(userId);
        new TinMembership(session, realm, tin, caller.user()).member(user);
        return Json.ok(representation(tin, user));
    }

    @PUT
    @Path("members/{userId}/entitlements")
    @Operation(summary = "Replace the member's entitlements for this TIN")
    public Response entitlements(@PathParam("userId") String userId, String body) {
        return replaceList(userId, body, "entitlements",
                (tin, json) -> NewMember.Entitlements.validate(json, TinAccessSettings.from(realm::getAttribute).entitlements()),
                TinMembership::setEntitlements);
    }

    @PUT
    @Path("members/{userId}/npis")
    @Operation(summary = "Limit the member to some of the provider's Type 2 NPIs (an empty list: the whole TIN)")
    public Response npis(@PathParam("userId") String userId, String body) {
        return replaceList(userId, body, "npis", (tin, json) -> MemberNpis.validate(json, providerNpis(tin)), TinMembership::setNpis);
    }

    /** How a member's list (entitlements, NPIs) is replaced once validated. */
    private interface ListChange {
        void apply(TinMembership membership, UserModel user, List<String> values);
    }

    /** Replaces one of a member's lists: the caller must be the TIN's admin and the user its member. */
    private Response replaceList(String userId, String body, String name, BiFunction<Tin, JsonNode, List<String>> validate, ListChange change) {
        Caller caller = Caller.authenticate(session);
        TinManager manager = TinAuthority.requireManager(session, realm, caller, tinInPath);
        Tin tin = manager.tin();
        UserModel user = target(manager, userId);
        TinMembership membership = new TinMembership(session, realm, tin, caller.user());
        membership.member(user);
        List<String> values = validate.apply(tin, JsonBody.array(body));
        change.apply(membership, user, values);
        audit(caller, manager, OperationType.UPDATE, user.getId(), name + ":" + String.join(",", values));
        return Json.ok(representation(tin, user));
    }

    @POST
    @Path("members/{userId}/suspend")
    @Operation(summary = "Suspend the member's access to this TIN only")
    public Response suspend(@PathParam("userId") String userId) {
        return Json.ok(act(userId, TinMembership::suspend, "suspended", false));
    }

    @POST
    @Path("members/{userId}/reinstate")
    @Operation(summary = "Give a suspended member access to this TIN again")
    public Response reinstate(@PathParam("userId") String userId) {
        return Json.ok(act(userId, TinMembership::reinstate, "reinstated", false));
    }

    @POST
    @Path("members/{userId}/reset-mfa")
    @Operation(summary = "Remove the member's second factors (with a second factor of the admin's in the last 5 minutes);"
            + " they enrol a new one at next sign-in")
    public Response resetMfa(@PathParam("userId") String userId) {
        // It changes who can hold the member's second factor: whoever signs in next with the password.
        return Json.ok(act(userId, TinMembership::resetMfa, "mfa-reset", true));
    }

    @POST
    @Path("members/{userId}/resend-invite")
    @Operation(summary = "Send a new invitation link; the previous one stops working")
    public Response resendInvite(@PathParam("userId") String userId) {
        return Json.ok(act(userId, TinMembership::resendInvite, "invitation-resent", false));
    }

    @DELETE
    @Path("members/{userId}")
    @Operation(summary = "Remove the member (and their entitlements) from this TIN")
    public Response remove(@PathParam("userId") String userId) {
        Caller caller = Caller.authenticate(session);
        TinManager manager = TinAuthority.requireManager(session, realm, caller, tinInPath);
        UserModel user = target(manager, userId);
        new TinMembership(session, realm, manager.tin(), caller.user()).remove(user);
        audit(caller, manager, OperationType.DELETE, user.getId(), "removed");
        return Response.noContent().build();
    }

    @POST
    @Path("admin/transfer")
    @Operation(summary = "Hand the TIN's admin claim to another active member: by its admin or by a reviewer (also when the"
            + " admin's account is gone), either with a second factor in the last 5 minutes; both admins are e-mailed")
    public Response transferAdmin(String body) {
        Caller caller = Caller.authenticate(session);
        Tin tin = TinAuthority.requireAdminOrReviewer(session, realm, caller, tinInPath);
        boolean byReviewer = !isAdmin(caller, tin);
        // It makes someone the TIN's admin, whoever asks: a stolen or left-open session must not.
        RecentSecondFactor.require(session, realm, caller);
        JsonNode json = JsonBody.object(body);
        UserModel newAdmin = user(json.path("userId").asText(""));
        new AdminTransfer(session, realm, tin, caller.user()).to(newAdmin, byReviewer);
        audit(caller, byReviewer ? null : new TinManager(tin, false), OperationType.UPDATE, newAdmin.getId(),
                byReviewer ? "admin-assigned-by-reviewer" : "admin-transferred");
        return Json.ok(representation(tin, newAdmin));
    }

    private MemberRepresentation act(String userId, BiConsumer<TinMembership, UserModel> action, String what, boolean stepUp) {
        Caller caller = Caller.authenticate(session);
        TinManager manager = TinAuthority.requireManager(session, realm, caller, tinInPath);
        if (stepUp) {
            RecentSecondFactor.require(session, realm, caller);
        }
        UserModel user = target(manager, userId);
        action.accept(new TinMembership(session, realm, manager.tin(), caller.user()), user);
        audit(caller, manager, OperationType.ACTION, user.getId(), what);
        return representation(manager.tin(), user);
    }

    /** The user a change is about, refused (403) when it is beyond the caller's powers: a backup admin's over the admins. */
    private UserModel target(TinManager manager, String userId) {
        UserModel user = user(userId);
        TinAuthority.requireWithinPowers(session, realm, manager, user.getId());
        return user;
    }

    /** Looked up within this realm only: an id of another realm's user is simply unknown here. */
    private UserModel user(String userId) {
        UserModel user = userId == null || userId.isBlank() ? null : session.users().getUserById(realm, userId);
        if (user == null) {
            throw ApiException.notFound();
        }
        return user;
    }

    private MemberRepresentation representation(Tin tin, UserModel user) {
        MemberStore members = new MemberStore(session, realm.getId());
        var member = members.find(tin.digits(), user.getId()).orElseThrow(ApiException::notFound);
        MemberRow row = MemberRow.of(user.getId(), user.getUsername(), user.getEmail(), user.getFirstName(), user.getLastName(),
                user.isEmailVerified(), member.getStatus(), member.getInvitedFirstName(), member.getInvitedLastName(), member.getInvitedNpn(),
                member.getBackupAdmin());
        String npn = row.status() == MemberStatus.INVITED ? row.invitedNpn()
                : AgencyMark.isAgency(ProviderOrganization.of(session, tin))
                        ? new AgentNpnStore(session, realm.getId()).ofUser(user.getId()).map(AgentNpnEntity::getNpn).orElse(null) : null;
        return MemberRepresentation.of(row, user.getId().equals(adminOf(tin)), members.entitlements(member.getOrgId(), user.getId()),
                members.npis(member.getOrgId(), List.of(user.getId())).getOrDefault(user.getId(), List.of()), npn);
    }

    private List<String> providerNpis(Tin tin) {
        var provider = ProviderOrganization.of(session, tin);
        return provider == null ? List.of() : ProviderOrganization.npis(provider);
    }

    private boolean isAdmin(Caller caller, Tin tin) {
        return caller.user().getId().equals(adminOf(tin));
    }

    private String adminOf(Tin tin) {
        return new AdminRequestStore(session, realm.getId()).claimOf(tin.digits()).map(claim -> claim.getUserId()).orElse("");
    }

    /** {@code manager}: the role the caller acted in; null for a reviewer. */
    private void audit(Caller caller, TinManager manager, OperationType operation, String targetUserId, String action) {
        Tin tin = manager == null ? Tin.parse(tinInPath).orElseThrow() : manager.tin();
        Map<String, String> details = new LinkedHashMap<>();
        details.put("tin", tin.digits());
        details.put("targetUserId", targetUserId);
        details.put("action", action);
        details.put(ACTING_AS, manager == null ? "reviewer" : manager.actingAs());
        new AuditTrail(session, realm, caller).record(operation, AuditKind.TIN_ACCESS_MEMBER, "tins/" + tin.digits() + "/members/" + targetUserId,
                details);
    }
}
