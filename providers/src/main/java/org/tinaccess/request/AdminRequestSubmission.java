package org.tinaccess.request;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;
import org.keycloak.common.util.Time;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionTaskWithResult;
import org.keycloak.models.RealmModel;
import org.keycloak.models.utils.KeycloakModelUtils;
import org.tinaccess.mail.PortalMail;
import org.tinaccess.settings.TinAccessSettings;
import org.tinaccess.store.AccessRequestEntity;
import org.tinaccess.store.AdminRequestStore;
import org.tinaccess.store.LineStatus;
import org.tinaccess.store.ProofMethod;
import org.tinaccess.store.ProofState;
import org.tinaccess.store.RequestKind;
import org.tinaccess.store.RequestStatus;
import org.tinaccess.store.RequestTinEntity;
import org.tinaccess.tin.Npi;
import org.tinaccess.tin.Tin;
import org.tinaccess.verify.PinLink;
import org.tinaccess.verify.ProofOutcomes;

/**
 * Stores a completed admin request, one line per TIN with how it is proved, then acts on the
 * proofs: a PIN letter for each US Mail line, an approval at once for each matched payment (under
 * the single-admin rule), and the acknowledgement e-mail saying where each TIN stands.
 *
 * <p>Each of those is its own transaction, in that order: the request is committed before any
 * approval is tried, so an approval that loses a race (the database's key on the claim) rolls back
 * alone and the request waits for a reviewer; nothing the requester typed is lost.
 */
final class AdminRequestSubmission {

    static final String ACKNOWLEDGEMENT_TEMPLATE = "admin-request-received.ftl";
    private static final Logger LOG = Logger.getLogger(AdminRequestSubmission.class);

    /** A TIN of the draft with its proof. */
    /** @param adminLeftReason the requester's word that the TIN's admin has left, or {@code null} */
    record ProvedTin(Tin tin, TinProof proof, String adminLeftReason) {

        ProvedTin(Tin tin, TinProof proof) {
            this(tin, proof, null);
        }
    }

    /** What the confirmation page shows: the reference and each TIN's outcome. */
    record Submitted(String reference, List<ProofOutcomes.Line> outcomes) {}

    private final KeycloakSession session;
    private final RealmModel realm;

    AdminRequestSubmission(KeycloakSession session, RealmModel realm) {
        this.session = session;
        this.realm = realm;
    }

    /** From the public form. */
    Submitted submit(ContactDetails contact, List<ProvedTin> tins) {
        return submit(contact, tins, null);
    }

    /** @param submittedBy the signed-in account asking (the account console), or null for the public form */
    Submitted submit(ContactDetails contact, List<ProvedTin> tins, String submittedBy) {
        String requestId = inOwnTransaction("store admin request", nested -> store(nested, contact, tins, submittedBy));
        for (ProvedTin tin : tins) {
            if (tin.proof().paymentVerified()) {
                ProofOutcomes.approveOnRecords(session, realm, requestId, tin.tin());
            }
        }
        return inOwnTransaction("acknowledge admin request", nested -> acknowledge(nested, requestId));
    }

    private String store(KeycloakSession nested, ContactDetails contact, List<ProvedTin> tins, String submittedBy) {
        long now = Time.currentTimeMillis();
        AccessRequestEntity request = new AccessRequestEntity();
        request.setId(KeycloakModelUtils.generateId());
        request.setKind(RequestKind.ADMIN.name());
        request.setStatus(RequestStatus.PENDING.name());
        request.setReference(RequestReference.next("AR"));
        request.setFirstName(contact.firstName());
        request.setLastName(contact.lastName());
        request.setEmail(contact.email());
        request.setPhone(contact.phone());
        request.setOrganization(contact.organization());
        request.setJobTitle(contact.jobTitle());
        request.setBillingService(contact.billingService());
        request.setAgencyNpn(contact.agencyNpn());
        request.setCreatedAt(now);
        request.setSubmittedBy(submittedBy);
        List<RequestTinEntity> lines = new ArrayList<>();
        for (ProvedTin tin : tins) {
            lines.add(line(tin, now));
        }
        new AdminRequestStore(nested, realm.getId()).add(request, lines);
        for (int i = 0; i < tins.size(); i++) {
            if (tins.get(i).proof().method() == ProofMethod.MAIL) {
                ProofState state = ProofOutcomes.mailPin(nested, realm, request, lines.get(i), tins.get(i).tin());
                lines.get(i).setVerificationState(state.name());
            }
        }
        LOG.infof("Admin request %s received for %d TIN(s)", request.getReference(), tins.size());
        return request.getId();
    }

    private Submitted acknowledge(KeycloakSession nested, String requestId) {
        AdminRequestStore store = new AdminRequestStore(nested, realm.getId());
        AccessRequestEntity request = store.request(requestId).orElseThrow();
        List<ProofOutcomes.Line> outcomes = store.lines(requestId).stream().map(ProofOutcomes.Line::of).toList();
        boolean awaitsPin = outcomes.stream().anyMatch(line -> line.outcome() == ProofOutcomes.Outcome.PIN);
        new PortalMail(nested, realm).sendAfterCommit(request.getEmail(), "adminRequestReceivedSubject", List.of(request.getReference()),
                ACKNOWLEDGEMENT_TEMPLATE, Map.of(
                        "firstName", request.getFirstName(),
                        "reference", request.getReference(),
                        "tins", outcomes.stream().map(line -> Map.of("tin", line.masked(), "outcome", line.outcome().value())).toList(),
                        "pinLink", awaitsPin ? PinLink.issue(nested, realm, request) : "",
                        "reviewTime", TinAccessSettings.from(realm::getAttribute).reviewTime()));
        return new Submitted(request.getReference(), outcomes);
    }

    private static RequestTinEntity line(ProvedTin tin, long now) {
        RequestTinEntity line = new RequestTinEntity();
        line.setId(KeycloakModelUtils.generateId());
        line.setTin(tin.tin().digits());
        line.setStatus(LineStatus.PENDING.name());
        line.setReceivedAt(now);
        line.setVerification(tin.proof().method().name());
        line.setVerificationState(tin.proof().state() == null ? null : tin.proof().state().name());
        line.setNpis(Npi.stored(tin.proof().npis()));
        line.setAdminLeftReason(tin.adminLeftReason());
        return line;
    }

    private <T> T inOwnTransaction(String name, KeycloakSessionTaskWithResult<T> task) {
        return KeycloakModelUtils.runJobInTransactionWithResult(session.getKeycloakSessionFactory(), session.getContext(), task, name);
    }
}
