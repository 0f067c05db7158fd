package org.tinaccess.request;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.keycloak.events.EventBuilder;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.tinaccess.limits.PublicFormLimits;
import org.tinaccess.members.AdminAbsence;
import org.tinaccess.provider.PortalAccount;
import org.tinaccess.rest.ApiException;
import org.tinaccess.rest.ThemeMessages;
import org.tinaccess.settings.TinAccessSettings;
import org.tinaccess.settings.VerificationSettings;
import org.tinaccess.store.AdminRequestStore;
import org.tinaccess.store.MemberEntity;
import org.tinaccess.store.MemberStore;
import org.tinaccess.store.ProofMethod;
import org.tinaccess.store.ProofState;
import org.tinaccess.store.RequestKind;
import org.tinaccess.tin.Tin;
import org.tinaccess.tin.TinProblem;
import org.tinaccess.verify.PaymentCheck;
import org.tinaccess.verify.ProofForm;

/**
 * An active TIN admin asks for another TIN from the console, proved as on the request pages: the
 * same checks, limits and proofs, answered in the request pages' words. A backup admin asks so for the
 * TIN they back up once its admin is gone, and a reviewer may move the TIN to them. The account's own details
 * are the request's contact; a payment that matches is approved at once.
 */
final class AnotherTinRequest {

    /** How a backup admin's request tells the reviewers why the TIN's admin is gone. */
    static final String BACKUP_ADMIN_REASON = "A backup admin of this Tax ID asks for it; the admin is gone: ";

    private final KeycloakSession session;
    private final RealmModel realm;
    private final UserModel user;
    private final ThemeMessages words;

    AnotherTinRequest(KeycloakSession session, RealmModel realm, UserModel user) {
        this.session = session;
        this.realm = realm;
        this.user = user;
        this.words = ThemeMessages.login(session, realm);
    }

    AdminRequestSubmission.Submitted submit(JsonNode json) {
        String typedTin = json.path("tin").asText("");
        Optional<TinProblem> problem = Tin.check(typedTin, TinAccessSettings.from(realm::getAttribute).ssnAsTin());
        if (problem.isPresent()) {
            throw ApiException.badRequest("invalid_tin", words.get(problem.get().messageKey()));
        }
        Tin tin = Tin.parse(typedTin).orElseThrow();
        AdminRequestStore store = new AdminRequestStore(session, realm.getId());
        if (store.claimOf(tin.digits()).map(claim -> claim.getUserId().equals(user.getId())).orElse(false)) {
            throw ApiException.conflict("already_admin", "You are already the admin of this Tax ID.");
        }
        if (store.hasPendingLine(user.getEmail(), tin.digits())) {
            throw ApiException.conflict("already_pending", words.get("requestTinAlreadyPending", tin.formatted()));
        }
        // Before any try is spent: a backup admin asks only while the admin is gone.
        String adminLeftReason = backupAdminAsking(tin);
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
        TinProof tinProof = proved(proof);
        ContactDetails contact = new ContactDetails(user.getFirstName(), user.getLastName(), user.getFirstAttribute(PortalAccount.PHONE),
                user.getEmail(), user.getFirstAttribute(PortalAccount.ORGANIZATION), user.getFirstAttribute(PortalAccount.JOB_TITLE), false, null);
        return new AdminRequestSubmission(session, realm).submit(contact, List.of(new AdminRequestSubmission.ProvedTin(tin, tinProof,
                adminLeftReason)), user.getId());
    }

    /**
     * A backup admin asking for the TIN they back up: only while its admin is gone (else 409
     * {@code admin_active}); the line then says so to the reviewers, who may move the TIN to them.
     * Anyone else: no reason (null).
     */
    private String backupAdminAsking(Tin tin) {
        boolean backup = new MemberStore(session, realm.getId()).find(tin.digits(), user.getId())
                .map(MemberEntity::isActiveBackupAdmin).orElse(false);
        if (!backup) {
            return null;
        }
        return BACKUP_ADMIN_REASON + AdminAbsence.require(session, realm, tin).label();
    }

    /** A payment is checked now: a match proves the TIN, a plan system that does not answer leaves it to a reviewer. */
    private TinProof proved(ProofForm.Result proof) {
        if (proof.method() != ProofMethod.PAYMENT) {
            return new TinProof(proof.method(), null, proof.npis());
        }
        EventBuilder events = new EventBuilder(realm, session, session.getContext().getConnection()).user(user);
        return switch (new PaymentCheck(session, realm, events).check(proof.payment(), user.getEmail())) {
            case MATCH -> new TinProof(ProofMethod.PAYMENT, ProofState.VERIFIED, proof.npis());
            case UNAVAILABLE -> new TinProof(ProofMethod.REVIEW, ProofState.UNAVAILABLE, proof.npis());
            case NO_MATCH -> throw ApiException.badRequest("payment_no_match", words.get("proofPaymentNoMatch"));
            case TOO_MANY_TRIES -> throw new ApiException(Response.Status.TOO_MANY_REQUESTS, "too_many_tries", words.get("proofTooManyTries"));
        };
    }
}
