package org.tinaccess.notlisted;

import java.util.Locale;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.tinaccess.store.AccessRequestEntity;
import org.tinaccess.store.RequestStatus;

/**
 * A "my provider is not listed" request as reviewers see it: everything the person typed (the TIN
 * whole: reviewers may see TINs), its status ({@code open} or {@code closed}) and, once closed, the
 * outcome, the note, who closed it and when.
 */
public record NotListedRepresentation(String id, String reference, long receivedAt, String status, String firstName, String lastName,
        String email, String phone, String organization, String tin, String npi, String program, String state, String message,
        Closed closed) {

    /** @param by the reviewer's username (empty when the account is gone) */
    public record Closed(String outcome, String note, String by, Long at) {}

    static NotListedRepresentation of(KeycloakSession session, RealmModel realm, AccessRequestEntity request) {
        boolean open = RequestStatus.PENDING.name().equals(request.getStatus());
        Closed closed = open ? null : new Closed(request.getOutcome() == null ? null : request.getOutcome().toLowerCase(Locale.ROOT),
                request.getCloseNote(), username(session, realm, request.getClosedBy()), request.getDecidedAt());
        return new NotListedRepresentation(request.getId(), request.getReference(), request.getCreatedAt(), open ? "open" : "closed",
                request.getFirstName(), request.getLastName(), request.getEmail(), request.getPhone(), request.getOrganization(),
                request.getTin(), request.getNpi(), request.getProgram(), request.getProgramState(), request.getReason(), closed);
    }

    private static String username(KeycloakSession session, RealmModel realm, String userId) {
        if (userId == null) {
            return "";
        }
        UserModel user = session.users().getUserById(realm, userId);
        return user == null ? "" : user.getUsername();
    }
}
