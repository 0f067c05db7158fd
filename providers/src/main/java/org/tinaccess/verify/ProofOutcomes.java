package org.tinaccess.verify;

import java.util.Locale;
import java.util.Set;
import org.jboss.logging.Logger;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.utils.KeycloakModelUtils;
import org.tinaccess.rest.ApiException;
import org.tinaccess.review.TinApproval;
import org.tinaccess.store.AccessRequestEntity;
import org.tinaccess.store.AdminRequestStore;
import org.tinaccess.store.LineStatus;
import org.tinaccess.store.ProofMethod;
import org.tinaccess.store.ProofState;
import org.tinaccess.store.RequestTinEntity;
import org.tinaccess.tin.Tin;

/** What a proof leads to for one request line: a PIN letter, an approval on the plan's records, and the words for each outcome. */
public final class ProofOutcomes {

    private static final Logger LOG = Logger.getLogger(ProofOutcomes.class);

    /** Where a TIN of a just-submitted request stands, as the confirmation page and e-mail say it. */
    public enum Outcome {
        /** Approved on a matched payment or a PIN: the activation (or "accept in My Tax IDs") e-mail is on its way. */
        APPROVED,
        /** The payment matched, yet a reviewer must finish (the single-admin rule did not allow an approval at once). */
        PAYMENT_REVIEW,
        /** A PIN letter goes to the provider's address of record, if the plan has one. */
        PIN,
        /** The plan's payment system did not answer; a reviewer decides. */
        UNAVAILABLE,
        /** A reviewer decides. */
        REVIEW,
        /** Already denied (another request for the TIN was approved meanwhile). */
        DENIED;

        public String value() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** One TIN of a request with its outcome. */
    public record Line(String formatted, String masked, Outcome outcome) {
        public static Line of(RequestTinEntity line) {
            Tin tin = Tin.parse(line.getTin()).orElseThrow();
            return new Line(tin.formatted(), tin.masked(), ProofOutcomes.outcome(line));
        }
    }

    private ProofOutcomes() {}

    public static Outcome outcome(RequestTinEntity line) {
        if (LineStatus.APPROVED.name().equals(line.getStatus())) {
            return Outcome.APPROVED;
        }
        if (!LineStatus.PENDING.name().equals(line.getStatus())) {
            return Outcome.DENIED;
        }
        String state = line.getVerificationState();
        if (ProofMethod.PAYMENT.name().equals(line.getVerification())) {
            return Outcome.PAYMENT_REVIEW;
        }
        if (ProofMethod.MAIL.name().equals(line.getVerification()) && !ProofState.PIN_VERIFIED.name().equals(state)) {
            // The same words whether or not a letter could be sent: nothing says if the plan knows the TIN.
            return Outcome.PIN;
        }
        return ProofState.UNAVAILABLE.name().equals(state) ? Outcome.UNAVAILABLE : Outcome.REVIEW;
    }

    /** Sends the PIN letter of a US Mail line, in the caller's transaction; returns how far it got. */
    public static ProofState mailPin(KeycloakSession session, RealmModel realm, AccessRequestEntity request, RequestTinEntity line, Tin tin) {
        return new PinLetters(session, realm).send(request, line, tin);
    }

    /**
     * Approves a line whose proof the plan's records confirmed, in a transaction of its own, when
     * the single-admin rule allows; otherwise the line waits for a reviewer. Returns whether it was approved.
     */
    public static boolean approveOnRecords(KeycloakSession session, RealmModel realm, String requestId, Tin tin) {
        return KeycloakModelUtils.runJobInTransactionWithResult(session.getKeycloakSessionFactory(), session.getContext(),
                nested -> approve(nested, realm, requestId, tin), "approve on the plan's records");
    }

    /** The same, in the caller's transaction (a PIN entry). */
    static boolean approve(KeycloakSession session, RealmModel realm, String requestId, Tin tin) {
        AdminRequestStore store = new AdminRequestStore(session, realm.getId());
        AccessRequestEntity request = store.request(requestId).orElseThrow();
        RequestTinEntity line = store.lines(requestId).stream()
                .filter(candidate -> candidate.getTin().equals(tin.digits()) && LineStatus.PENDING.name().equals(candidate.getStatus()))
                .findFirst().orElse(null);
        if (line == null) {
            return false;
        }
        if (OwnCase.of(session, realm, request)) {
            LOG.infof("Admin request %s: TIN %s proved by a reviewer or the records' uploader for themselves, left for another reviewer",
                    request.getReference(), tin.masked());
            return false;
        }
        Set<String> npisOnRecord;
        try {
            npisOnRecord = session.getProvider(ProviderVerifier.class).npisOnRecord(tin);
        } catch (ProviderVerifier.VerifierUnavailable e) {
            npisOnRecord = Set.of(); // the TIN is proved; its NPIs wait for a reviewer
        }
        try {
            new TinApproval(session, realm).approveOnRecords(request, line, tin, npisOnRecord);
            return true;
        } catch (ApiException refused) {
            // admin_exists, not_first_in_line, already_decided: the usual outcome, a reviewer decides.
            LOG.infof("Admin request %s: TIN %s proved, left for a reviewer (%s)", request.getReference(), tin.masked(),
                    refused.error().error());
            return false;
        }
    }
}
