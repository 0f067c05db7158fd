package org.tinaccess.request;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.NoCache;
import org.keycloak.common.util.Time;
import org.keycloak.events.admin.OperationType;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.OrganizationModel;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.organization.OrganizationProvider;
import org.tinaccess.rest.ApiException;
import org.tinaccess.rest.ApiFallback;
import org.tinaccess.rest.AuditKind;
import org.tinaccess.rest.AuditTrail;
import org.tinaccess.rest.Caller;
import org.tinaccess.rest.Json;
import org.tinaccess.rest.JsonBody;
import org.tinaccess.store.AccessRequestEntity;
import org.tinaccess.store.AdminClaimEntity;
import org.tinaccess.store.AdminRequestStore;
import org.tinaccess.store.LineStatus;
import org.tinaccess.store.MemberEntity;
import org.tinaccess.store.MemberStatus;
import org.tinaccess.store.MemberStore;
import org.tinaccess.store.RequestKind;
import org.tinaccess.store.RequestTinEntity;
import org.tinaccess.tin.Tin;

/**
 * {@code /tin-access/requests}: a signed-in person's own requests, admin and join ("You
 * can check the status of your request"), withdrawing a pending one, and an active TIN admin
 * asking for another TIN with the same proofs as the public form ("use the Tax ID & NPI access
 * application to add additional access to your account"). What the account asks for signed in is
 * theirs on approval, without an invitation to accept.
 */
public class MyRequestsResource extends ApiFallback {

    private final RealmModel realm;

    public MyRequestsResource(KeycloakSession session) {
        super(session);
        this.realm = session.getContext().getRealm();
    }

    @GET
    @NoCache
    @Operation(summary = "The caller's own admin and join requests, newest first, with each TIN's status, reason and note")
    public Response mine() {
        Caller caller = Caller.authenticate(session);
        AdminRequestStore store = store();
        return Json.ok(requestsOf(caller.user()).stream()
                .map(request -> MyRequest.of(request, store.lines(request.getId()), providerName(request)))
                .toList());
    }

    @POST
    @Path("{id}/withdraw")
    @Operation(summary = "Withdraw the caller's own pending request: every TIN still pending is closed as withdrawn")
    public Response withdraw(@PathParam("id") String id) {
        Caller caller = Caller.authenticate(session);
        AccessRequestEntity request = requestsOf(caller.user()).stream().filter(candidate -> candidate.getId().equals(id)).findFirst()
                .orElseThrow(ApiException::notFound);
        AdminRequestStore store = store();
        long now = Time.currentTimeMillis();
        int withdrawn = 0;
        for (RequestTinEntity line : store.lines(id)) {
            if (LineStatus.PENDING.name().equals(line.getStatus()) && store.withdraw(line, caller.user().getId(), now)) {
                withdrawn++;
            }
        }
        if (withdrawn == 0) {
            throw ApiException.conflict("already_decided", "Nothing of this request is pending any more.");
        }
        AuditKind kind = RequestKind.JOIN.name().equals(request.getKind()) ? AuditKind.TIN_ACCESS_JOIN_REQUEST : AuditKind.TIN_ACCESS_ADMIN_REQUEST;
        new AuditTrail(session, realm, caller).record(OperationType.ACTION, kind, "requests/" + id + "/withdraw",
                Map.of("decision", "withdrawn", "reference", request.getReference(), "lines", String.valueOf(withdrawn)));
        AccessRequestEntity reloaded = store.requestOfAnyKind(id).orElseThrow();
        return Json.ok(MyRequest.of(reloaded, store.lines(id), providerName(reloaded)));
    }

    @POST
    @Operation(summary = "An active TIN admin asks to administer another TIN: {tin, proof: check|notice|mail|review, vendorNumber,"
            + " checkIdType, checkNpi, checkNumber, noticeNpi, noticeNumber, npis}; a matched payment approves it at once")
    public Response ask(String body) {
        Caller caller = Caller.authenticate(session);
        UserModel user = caller.user();
        if (!activeAdmin(user) && !backsUpTheTinAsked(user, body)) {
            throw ApiException.forbidden();
        }
        AdminRequestSubmission.Submitted submitted = new AnotherTinRequest(session, realm, user).submit(JsonBody.object(body));
        return Json.created(Map.of("reference", submitted.reference(), "tins", submitted.outcomes().stream()
                .map(line -> Map.of("tin", line.formatted(), "outcome", line.outcome().value())).toList()));
    }

    // The other methods at this resource's own path, in the API's words (it takes GET and POST there).
    @PUT
    public Response unmatchedPutHere() {
        throw unmatched("PUT");
    }

    @DELETE
    public Response unmatchedDeleteHere() {
        throw unmatched("DELETE");
    }

    @PATCH
    public Response unmatchedPatchHere() {
        throw unmatched("PATCH");
    }

    /** The admin of at least one TIN whose membership there is active (an invited or suspended admin is not). */
    private boolean activeAdmin(UserModel user) {
        MemberStore members = new MemberStore(session, realm.getId());
        for (AdminClaimEntity claim : store().claimsOf(user.getId())) {
            if (members.find(claim.getTin(), user.getId()).map(member -> member.getStatus() == MemberStatus.ACTIVE).orElse(false)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A backup admin (agreed, active) asking for the TIN they back up, whose admin is gone: a reviewer
     * decides. Read from the body only to allow the call; a body that says nothing of the kind is the
     * same 403 as for anyone else.
     */
    private boolean backsUpTheTinAsked(UserModel user, String body) {
        Optional<Tin> tin;
        try {
            tin = Tin.parse(JsonBody.object(body).path("tin").asText(""));
        } catch (ApiException malformed) {
            return false;
        }
        return tin.flatMap(asked -> new MemberStore(session, realm.getId()).find(asked.digits(), user.getId()))
                .map(MemberEntity::isActiveBackupAdmin)
                .orElse(false);
    }

    private List<AccessRequestEntity> requestsOf(UserModel user) {
        return store().requestsOf(user.getId(), user.isEmailVerified() ? user.getEmail() : null);
    }

    private String providerName(AccessRequestEntity request) {
        if (request.getOrgId() == null) {
            return null;
        }
        OrganizationModel organization = session.getProvider(OrganizationProvider.class).getById(request.getOrgId());
        return organization == null ? null : organization.getName();
    }

    private AdminRequestStore store() {
        return new AdminRequestStore(session, realm.getId());
    }
}
