package org.tinaccess.verify;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jboss.logging.Logger;
import org.keycloak.common.util.Time;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.theme.FreeMarkerException;
import org.tinaccess.letter.AddressOfRecord;
import org.tinaccess.letter.Letter;
import org.tinaccess.letter.LetterLayout;
import org.tinaccess.letter.LetterSender;
import org.tinaccess.mail.MailDates;
import org.tinaccess.mail.PortalMail;
import org.tinaccess.settings.VerificationSettings;
import org.tinaccess.store.AccessRequestEntity;
import org.tinaccess.store.MailedPinEntity;
import org.tinaccess.store.MailedPinStore;
import org.tinaccess.store.ProofState;
import org.tinaccess.store.RequestTinEntity;
import org.tinaccess.tin.Tin;

/**
 * "Register with US Mail": a PIN goes by letter to the provider's address of record,
 * which comes from the plan ({@link ProviderVerifier}), never from the requester. The letter's words
 * are the e-mail theme's {@code letter/pin-letter.ftl}; the PIN is kept only as a hash.
 */
final class PinLetters {

    static final String TEMPLATE = "letter/pin-letter.ftl";
    private static final Logger LOG = Logger.getLogger(PinLetters.class);

    private final KeycloakSession session;
    private final RealmModel realm;

    PinLetters(KeycloakSession session, RealmModel realm) {
        this.session = session;
        this.realm = realm;
    }

    /** Sends the letter for {@code line} if the plan has an address; returns how far that got. */
    ProofState send(AccessRequestEntity request, RequestTinEntity line, Tin tin) {
        return send(request, line, tin, request.getReference() + "-" + tin.digits().substring(5));
    }

    /** {@code reference}: the letter's own name, in file names and logs; every letter of a line has its own. */
    private ProofState send(AccessRequestEntity request, RequestTinEntity line, Tin tin, String reference) {
        Optional<AddressOfRecord> address;
        try {
            address = session.getProvider(ProviderVerifier.class).addressOfRecord(tin);
        } catch (ProviderVerifier.VerifierUnavailable e) {
            LOG.warnf("No address of record for request %s (%s): %s", request.getReference(), tin.masked(), e.getMessage());
            return ProofState.NO_ADDRESS;
        }
        if (address.isEmpty()) {
            return ProofState.NO_ADDRESS;
        }
        String pin = MailedPin.generate();
        long now = Time.currentTimeMillis();
        long expiresAt = now + VerificationSettings.of(realm).pinLifespan().toMillis();
        try {
            byte[] pdf = LetterLayout.render(realmName(), date(now), address.get().lines(),
                    new PortalMail(session, realm).render(TEMPLATE, attributes(request, tin, pin, expiresAt)));
            session.getProvider(LetterSender.class).send(new Letter(reference, address.get(), pdf));
        } catch (IOException | FreeMarkerException | LetterSender.LetterSendException e) {
            LOG.errorf(e, "PIN letter %s not sent", reference);
            return ProofState.LETTER_FAILED;
        }
        new MailedPinStore(session, realm.getId()).add(new MailedPinEntity(line.getId(), realm.getId(), MailedPin.hash(pin), now, expiresAt));
        LOG.infof("PIN letter %s handed to the letter sender", reference);
        return ProofState.LETTER_SENT;
    }

    /**
     * Another letter for a line whose first one went (the plan has an address): a new PIN in place of
     * the earlier one. A line that never had a letter gets none now either; the caller says the same.
     */
    void sendAgain(AccessRequestEntity request, RequestTinEntity line, Tin tin) {
        if (new MailedPinStore(session, realm.getId()).forLine(line.getId()).isEmpty()) {
            return;
        }
        // The line's letters so far: the first, and one more for each ask (this one counted already).
        ProofState sent = send(request, line, tin, request.getReference() + "-" + tin.digits().substring(5) + "-" + (line.getLettersAsked() + 1));
        LOG.infof("PIN letter for request %s (%s) asked for again: %s", request.getReference(), tin.masked(), sent);
    }

    private Map<String, Object> attributes(AccessRequestEntity request, Tin tin, String pin, long expiresAt) {
        Map<String, Object> attributes = new LinkedHashMap<>();
        attributes.put("requesterName", request.getFirstName() + " " + request.getLastName());
        attributes.put("organization", request.getOrganization() == null ? "" : request.getOrganization());
        attributes.put("reference", request.getReference());
        attributes.put("tinEnding", tin.digits().substring(5));
        attributes.put("pin", pin);
        attributes.put("expiryDate", date(expiresAt));
        return attributes;
    }

    private String realmName() {
        return realm.getDisplayName() != null && !realm.getDisplayName().isBlank() ? realm.getDisplayName() : realm.getName();
    }

    private static String date(long millis) {
        return MailDates.day(millis);
    }
}
