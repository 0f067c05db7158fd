package org.tinaccess.request;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.keycloak.sessions.AuthenticationSessionModel;
import org.tinaccess.settings.TinAccessSettings;
import org.tinaccess.tin.Tin;

/**
 * The request being filled in, kept in the authentication session's notes (which Keycloak stores
 * in its distributed cache, so any cluster node can serve the next step).
 */
final class RequestDraft {

    private static final String PREFIX = "ta.request.";
    private static final String TINS = PREFIX + "tins";
    private static final String SUBMITTED = PREFIX + "submitted";
    private static final String EDIT_CONTACT = PREFIX + "editContact";
    private static final String PROOF = PREFIX + "proof.";
    private static final String ADMIN_LEFT = PREFIX + "adminLeft.";
    static final int MAX_TINS = 20;

    private final AuthenticationSessionModel authSession;

    RequestDraft(AuthenticationSessionModel authSession) {
        this.authSession = authSession;
    }

    Optional<ContactDetails> contact() {
        Map<String, String> values = contactValues();
        ContactDetails.Validation validation = ContactDetails.validate(values, TinAccessSettings.from(authSession.getRealm()::getAttribute).phoneRegions());
        return Optional.ofNullable(validation.details());
    }

    /** What was last typed into the contact form, for showing it again. */
    Map<String, String> contactValues() {
        Map<String, String> values = new HashMap<>();
        for (String field : ContactDetails.ALL_FIELDS) {
            String value = authSession.getAuthNote(PREFIX + field);
            values.put(field, value == null ? "" : value);
        }
        return values;
    }

    void saveContact(ContactDetails contact) {
        contact.asMap().forEach((field, value) -> authSession.setAuthNote(PREFIX + field, value));
        authSession.removeAuthNote(EDIT_CONTACT);
    }

    boolean isEditingContact() {
        return authSession.getAuthNote(EDIT_CONTACT) != null;
    }

    List<Tin> tins() {
        String raw = authSession.getAuthNote(TINS);
        if (raw == null || raw.isEmpty()) {
            return new ArrayList<>();
        }
        return new ArrayList<>(Arrays.stream(raw.split(",")).map(digits -> Tin.parse(digits).orElseThrow()).toList());
    }

    void saveTins(List<Tin> tins) {
        authSession.setAuthNote(TINS, String.join(",", tins.stream().map(Tin::digits).toList()));
    }

    /** How the requester chose to prove {@code tin}, once they have. */
    Optional<TinProof> proof(Tin tin) {
        return TinProof.parse(authSession.getAuthNote(PROOF + tin.digits()));
    }

    void saveProof(Tin tin, TinProof proof) {
        authSession.setAuthNote(PROOF + tin.digits(), proof.format());
    }

    void removeProof(Tin tin) {
        authSession.removeAuthNote(PROOF + tin.digits());
        authSession.removeAuthNote(ADMIN_LEFT + tin.digits());
    }

    /** Why the requester says {@code tin}'s admin has left, if they do. */
    Optional<String> adminLeftReason(Tin tin) {
        return Optional.ofNullable(authSession.getAuthNote(ADMIN_LEFT + tin.digits()));
    }

    void saveAdminLeftReason(Tin tin, Optional<String> reason) {
        reason.ifPresentOrElse(text -> authSession.setAuthNote(ADMIN_LEFT + tin.digits(), text),
                () -> authSession.removeAuthNote(ADMIN_LEFT + tin.digits()));
    }

    Optional<String> submittedReference() {
        return Optional.ofNullable(authSession.getAuthNote(SUBMITTED));
    }

    void markSubmitted(String reference) {
        authSession.setAuthNote(SUBMITTED, reference);
    }

    /** Everything typed so far, to put back after Keycloak resets the flow for "Back". */
    Map<String, String> snapshot() {
        Map<String, String> notes = new HashMap<>();
        for (String field : ContactDetails.ALL_FIELDS) {
            notes.put(PREFIX + field, authSession.getAuthNote(PREFIX + field));
        }
        notes.put(TINS, authSession.getAuthNote(TINS));
        for (Tin tin : tins()) {
            notes.put(PROOF + tin.digits(), authSession.getAuthNote(PROOF + tin.digits()));
        }
        notes.values().removeIf(value -> value == null);
        return notes;
    }

    void restore(Map<String, String> snapshot, boolean editContact) {
        snapshot.forEach(authSession::setAuthNote);
        if (editContact) {
            authSession.setAuthNote(EDIT_CONTACT, "true");
        }
    }
}
