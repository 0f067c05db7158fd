package org.tinaccess.backup;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.keycloak.events.EventBuilder;
import org.keycloak.events.admin.OperationType;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.tinaccess.members.AdminAbsence;
import org.tinaccess.members.TinAuthority;
import org.tinaccess.rest.ApiException;
import org.tinaccess.rest.ApiFallback;
import org.tinaccess.rest.Caller;
import org.tinaccess.rest.Json;
import org.tinaccess.rest.JsonBody;
import org.tinaccess.rest.RecentSecondFactor;
import org.tinaccess.store.MemberEntity;
import org.tinaccess.store.MemberStore;
import org.tinaccess.store.ProofMethod;
import org.tinaccess.tin.Tin;
import org.tinaccess.token.TinsClaimMapper;
import org.tinaccess.verify.PaymentCheck;
import org.tinaccess.verify.ProofForm;

/**
 * {@code POST /tin-access/tins/{tin}/admin/succession}: a backup admin takes the admin seat of a TIN
 * whose admin is gone. It makes someone the TIN's admin, so it needs a second factor passed in the
 * last minutes and a proof of the TIN the plan checks (a payment or a non-payment notice, matched
 * against its records within the day's try limits); a backup admin without one asks the plan's
 * reviewers, who may move the role to them ({@code admin/transfer}). Nobody else calls it: 403.
 */
public class SuccessionResource extends ApiFallback {

    /** The former admin stays a user of the TIN ({@value}), or leaves it ({@code remove}). */
    static final String FORMER_STAYS = "member";

    private final RealmModel realm;
    private final String tinInPath;

    public SuccessionResource(KeycloakSession session, String tinInPath) {
        super(session);
        this.realm = session.getContext().getRealm();
        this.tinInPath = tinInPath;
    }

    /** What happened: the trigger that freed the seat, and whether the former admin stayed a user. */
    public record SuccessionOutcome(String tin, String adminUserId, String trigger, String formerAdmin) {}

    @POST
    @Operation(summary = "Take the admin role of a TIN whose admin is gone (account deleted or disabled, no longer a user of the TIN,"
            + " or not signed in for the set time): a backup admin, with a second factor in the last 5 minutes and a payment or notice"
            + " from the plan that proves the TIN")
    public Response succeed(String body) {
        Caller caller = Caller.authenticate(session);
        Tin tin = Tin.parse(tinInPath).orElseThrow(ApiException::forbidden);
        if (!TinAuthority.isBackupAdmin(session, realm, caller, tin)) {
            throw ApiException.forbidden();
        }
        // It makes someone the TIN's admin: a stolen or left-open session must not.
        RecentSecondFactor.require(session, realm, caller);
        JsonNode json = JsonBody.object(body);
        boolean formerLeaves = formerLeaves(json);
        ProofForm.Result proof = ProofForm.read(tin, field -> json.path(field).isTextual() ? json.path(field).asText() : null);
        if (proof.method() != ProofMethod.PAYMENT) {
            throw ApiException.badRequest("invalid_proof", "proof must be check or notice: a payment or a non-payment notice from the plan."
                    + " Without one, ask the plan's reviewers to move the admin role to you.");
        }
        if (!proof.valid()) {
            String field = proof.errors().keySet().iterator().next();
            throw ApiException.badRequest("invalid_" + field, field + " is missing or not as printed on the payment or notice.");
        }
        Succession succession = new Succession(session, realm, tin);
        AdminAbsence trigger = AdminAbsence.require(session, realm, tin);
        requireMatch(new PaymentCheck(session, realm, new EventBuilder(realm, session, session.getContext().getConnection()).user(caller.user()))
                .check(proof.payment(), caller.user().getEmail()));
        MemberEntity membership = new MemberStore(session, realm.getId()).find(tin.digits(), caller.user().getId())
                .orElseThrow(ApiException::forbidden);
        Optional<String> formerId = succession.take(caller.user(), membership, formerLeaves);
        Map<String, String> details = new LinkedHashMap<>();
        details.put("trigger", trigger.label());
        details.put("formerAdminUserId", formerId.orElse(""));
        details.put("formerAdmin", formerLeaves ? "removed" : FORMER_STAYS);
        details.put("proof", "payment");
        BackupAudit.record(session, realm, caller, OperationType.UPDATE, tin, caller.user().getId(), "admin-succeeded", details);
        TinsClaimMapper.forget(session, caller.user());
        return Json.ok(new SuccessionOutcome(tin.digits(), caller.user().getId(), trigger.label(), formerLeaves ? "removed" : FORMER_STAYS));
    }

    private static boolean formerLeaves(JsonNode json) {
        String former = json.path("formerAdmin").asText(FORMER_STAYS);
        if (!FORMER_STAYS.equals(former) && !"remove".equals(former)) {
            throw ApiException.badRequest("invalid_formerAdmin", "formerAdmin must be member (stays a user of the TIN) or remove.");
        }
        return "remove".equals(former);
    }

    private static void requireMatch(PaymentCheck.Outcome outcome) {
        switch (outcome) {
            case MATCH -> {
                // proved
            }
            case NO_MATCH -> throw ApiException.conflict("proof_not_matched",
                    "The plan has no payment or notice with these numbers for this TIN. Check them and try again.");
            case TOO_MANY_TRIES -> throw new ApiException(Response.Status.TOO_MANY_REQUESTS, "too_many_tries",
                    "Too many tries for this TIN today; try again tomorrow or ask the plan's reviewers.");
            case UNAVAILABLE -> throw new ApiException(Response.Status.SERVICE_UNAVAILABLE, "verifier_unavailable",
                    "The plan's records cannot be checked right now; try again later or ask the plan's reviewers.");
            default -> throw new IllegalStateException(outcome.name());
        }
    }
}
