package org.tinaccess.verify;

import java.util.Optional;
import org.keycloak.common.util.Time;
import org.keycloak.events.EventBuilder;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.tinaccess.store.AccessRequestEntity;
import org.tinaccess.store.MailedPinEntity;
import org.tinaccess.store.MailedPinStore;
import org.tinaccess.store.ProofState;
import org.tinaccess.store.RequestTinEntity;
import org.tinaccess.tin.Tin;

/**
 * The rules of entering a mailed PIN for one line of a request: each try is counted like a payment
 * guess (per requester, address, line and realm), a PIN works once and until it expires, and the right
 * one proves the TIN, which is approved at once when nothing else stands in the way.
 */
final class PinEntry {

    /** What a typed PIN did. */
    enum Outcome {
        /** Too many wrong tries: none is checked now. */
        TOO_MANY_TRIES,
        /** Not the line's PIN, used or expired: a counted try. */
        WRONG,
        /** Right, but a concurrent approval of the TIN won: nothing of this entry is kept, the PIN included. */
        TRY_AGAIN,
        /** Right: the TIN is proved, and approved unless a reviewer must still decide. */
        PROVED,
        /** Right, and the TIN is approved. */
        APPROVED
    }

    private final KeycloakSession session;
    private final RealmModel realm;

    PinEntry(KeycloakSession session, RealmModel realm) {
        this.session = session;
        this.realm = realm;
    }

    Outcome enter(AccessRequestEntity request, RequestTinEntity line, String typed) {
        Tin tin = Tin.parse(line.getTin()).orElseThrow();
        EventBuilder events = new EventBuilder(realm, session, session.getContext().getConnection());
        Optional<VerificationTries.Try> attempt = new VerificationTries(session, realm, events)
                .begin(VerificationTries.Target.pin(line.getId(), tin), request.getEmail(), "pin");
        if (attempt.isEmpty()) {
            return Outcome.TOO_MANY_TRIES;
        }
        MailedPinStore pins = new MailedPinStore(session, realm.getId());
        long now = Time.currentTimeMillis();
        boolean right = pins.forLine(line.getId())
                .filter(pin -> pin.getUsedAt() == null && pin.getExpiresAt() > now)
                .map(MailedPinEntity::getPinHash)
                .map(hash -> MailedPin.matches(typed, hash))
                .orElse(false);
        if (!right || !pins.use(line.getId(), now)) {
            attempt.get().failed();
            return Outcome.WRONG;
        }
        attempt.get().succeeded();
        line.setVerificationState(ProofState.PIN_VERIFIED.name());
        boolean approved = ProofOutcomes.approve(session, realm, request.getId(), tin);
        if (session.getTransactionManager().getRollbackOnly()) {
            // A concurrent approval of the TIN won the database's key.
            return Outcome.TRY_AGAIN;
        }
        return approved ? Outcome.APPROVED : Outcome.PROVED;
    }
}
