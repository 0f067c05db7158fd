package org.tinaccess.request;

import com.fasterxml.jackson.databind.JsonNode;
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
import org.keycloak.events.EventBuilder;
import org.keycloak.events.admin.OperationType;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.OrganizationModel;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.organization.OrganizationProvider;
import org.tinaccess.limits.PublicFormLimits;
import org.tinaccess.provider.PortalAccount;
import org.tinaccess.rest.ApiException;
import org.tinaccess.rest.ApiFallback;
import org.tinaccess.rest.AuditKind;
import org.tinaccess.rest.AuditTrail;
import org.tinaccess.rest.Caller;
import org.tinaccess.rest.Json;
import org.tinaccess.rest.JsonBody;
import org.tinaccess.rest.ThemeMessages;
import org.tinaccess.settings.TinAccessSettings;
import org.tinaccess.settings.VerificationSettings;
import org.tinaccess.store.AccessRequestEntity;
import org.tinaccess.store.AdminClaimEntity;
import org.tinaccess.store.AdminRequestStore;
import org.tinaccess.store.LineStatus;
import org.tinaccess.store.MemberStatus;
import org.tinaccess.store.MemberStore;
import org.tinaccess.store.RequestKind;
import org.tinaccess.store.RequestTinEntity;
import org.tinaccess.tin.Tin;
import org.tinaccess.tin.TinProblem;
import org.tinaccess.verify.PaymentCheck;
import org.tinaccess.verify.ProofForm;
import org.tinaccess.store.ProofMethod;
import org.tinaccess.verify.ProofOutcomes;
import org.tinaccess.store.ProofState;

/**
 * {@code /tin-access/requests}: a signed-in person's own requests, admin and join (seed 003: "You
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
        if (!activeAdmin(user)) {
            throw ApiException.forbidden();
        }
        JsonNode json = JsonBody.object(body);
        ThemeMessages words = ThemeMessages.login(session, realm);
        String typedTin = json.path("tin").asText("");
        Optional<TinProblem> problem = Tin.check(typedTin, TinAccessSettings.from(realm::getAttribute).ssnAsTin());
        if (problem.isPresent()) {
            throw ApiException.badRequest("invalid_tin", words.get(problem.get().messageKey()));
        }
        Tin tin = Tin.parse(typedTin).orElseThrow();
        AdminRequestStore store = store();
        if (store.claimOf(tin.digits()).map(claim -> claim.getUserId().equals(user.getId())).orElse(false)) {
            throw ApiException.conflict("already_admin", "You are already the admin of this Tax ID.");
        }
        if (store.hasPendingLine(user.getEmail(), tin.digits())) {
            throw ApiException.conflict("already_pending", words.get("requestTinAlreadyPending", tin.formatted()));
        }
        ProofForm.Result proof = ProofForm.read(tin, field -> json.path(field).isTextual() ? json.get(field).asText() : null);
        if (!proof.valid()) {
            Map.Entry<String, String> first = proof.errors().entrySet().iterator().next();
            throw ApiException.badRequest("invalid_" + first.getKey(), words.get(first.getValue(), ProofForm.MAX_NPIS));
        }
        if (!VerificationSettings.of(realm).methods().contains(proof.method())) {
            throw ApiException.badRequest("invalid_proof", words.get("proofRequired"));
        }
        Optional<PublicFormLimits.Refusal> limited = PublicFormLimits.check(session, realm, RequestKind.ADMIN, user.getEmail(),
                List.of(tin.digits()));
        if (limited.isPresent()) {
            throw new ApiException(Response.Status.TOO_MANY_REQUESTS, "too_many_requests", words.get(limited.get().messageKey()));
        }
        TinProof tinProof = new TinProof(proof.method(), null, proof.npis());
        if (proof.method() == ProofMethod.PAYMENT) {
            EventBuilder events = new EventBuilder(realm, session, session.getContext().getConnection()).user(user);
            tinProof = switch (new PaymentCheck(session, realm, events).check(proof.payment(), user.getEmail())) {
                case MATCH -> new TinProof(ProofMethod.PAYMENT, ProofState.VERIFIED, proof.npis());
                case UNAVAILABLE -> new TinProof(ProofMethod.REVIEW, ProofState.UNAVAILABLE, proof.npis());
                case NO_MATCH -> throw ApiException.badRequest("payment_no_match", words.get("proofPaymentNoMatch"));
                case TOO_MANY_TRIES -> throw new ApiException(Response.Status.TOO_MANY_REQUESTS, "too_many_tries", words.get("proofTooManyTries"));
            };
        }
        ContactDetails contact = new ContactDetails(user.getFirstName(), user.getLastName(), user.getFirstAttribute(PortalAccount.PHONE),
                user.getEmail(), user.getFirstAttribute(PortalAccount.ORGANIZATION), user.getFirstAttribute(PortalAccount.JOB_TITLE), false, null);
        AdminRequestSubmission.Submitted submitted = new AdminRequestSubmission(session, realm)
                .submit(contact, List.of(new AdminRequestSubmission.ProvedTin(tin, tinProof)), user.getId());
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
