package org.tinaccess.verify;

import java.util.Optional;
import org.jboss.logging.Logger;
import org.keycloak.events.EventBuilder;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;

/** One try at matching a payment against the plan's records, within the day's try limits. */
public final class PaymentCheck {

    /** The answer the requester's page is drawn from; NO_MATCH has one wording whatever did not match. */
    public enum Outcome { MATCH, NO_MATCH, UNAVAILABLE, TOO_MANY_TRIES }

    private static final Logger LOG = Logger.getLogger(PaymentCheck.class);

    private final KeycloakSession session;
    private final RealmModel realm;
    private final EventBuilder events;

    public PaymentCheck(KeycloakSession session, RealmModel realm, EventBuilder events) {
        this.session = session;
        this.realm = realm;
        this.events = events;
    }

    public Outcome check(PaymentProof proof, String requesterEmail) {
        VerificationTries.Target guessed = VerificationTries.Target.payments(proof.tin());
        Optional<VerificationTries.Try> attempt = new VerificationTries(session, realm, events).begin(guessed, requesterEmail,
                proof.kind() == PaymentProof.Kind.NOTICE ? "notice" : "payment");
        if (attempt.isEmpty()) {
            return Outcome.TOO_MANY_TRIES;
        }
        try {
            if (session.getProvider(ProviderVerifier.class).paymentMatches(proof)) {
                attempt.get().succeeded();
                return Outcome.MATCH;
            }
            attempt.get().failed();
            return Outcome.NO_MATCH;
        } catch (ProviderVerifier.VerifierUnavailable e) {
            LOG.warnf("Payment check for %s unavailable: %s", proof.tin().masked(), e.getMessage());
            attempt.get().unanswered();
            return Outcome.UNAVAILABLE;
        }
    }
}
