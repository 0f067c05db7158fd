package org.tinaccess.review;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.tinaccess.activation.ActivationLink;
import org.tinaccess.mail.PortalMail;
import org.tinaccess.provider.PortalAccount;
import org.tinaccess.settings.TinAccessSettings;
import org.tinaccess.store.AccessRequestEntity;
import org.tinaccess.store.AdminRequestStore;
import org.tinaccess.store.LineStatus;
import org.tinaccess.store.RequestTinEntity;
import org.tinaccess.tin.Tin;

/** The e-mails that tell a requester how their admin request was decided, sent once the decision commits. */
final class RequestMails {

    private final KeycloakSession session;
    private final RealmModel realm;
    private final AdminRequestStore store;

    RequestMails(KeycloakSession session, RealmModel realm) {
        this.session = session;
        this.realm = realm;
        this.store = new AdminRequestStore(session, realm.getId());
    }

    /**
     * The approved TINs; with an activation link for an account nobody owns yet, else "sign in and
     * accept", or (when the account asked for them signed in, {@code accepted}) "they are yours now".
     */
    void approval(AccessRequestEntity request, PortalAccount account, boolean accepted) {
        List<String> approvedTins = store.lines(request.getId()).stream()
                .filter(line -> LineStatus.APPROVED.name().equals(line.getStatus()))
                .map(line -> Tin.parse(line.getTin()).orElseThrow().formatted())
                .toList();
        Map<String, Object> attributes = new LinkedHashMap<>();
        attributes.put("firstName", request.getFirstName());
        attributes.put("reference", request.getReference());
        attributes.put("tins", approvedTins);
        attributes.put("accepted", accepted);
        PortalMail mail = new PortalMail(session, realm);
        if (account.needsActivation()) {
            attributes.put("link", ActivationLink.issue(session, realm, account.user()));
            attributes.put("expiryDays", TinAccessSettings.from(realm::getAttribute).activationLifespan().toDays());
            mail.sendAfterCommit(request.getEmail(), "adminRequestApprovedSubject", List.of(), "admin-request-approved.ftl", attributes);
        } else {
            mail.sendAfterCommit(request.getEmail(), "adminRequestTinAddedSubject", List.of(), "admin-request-tin-added.ftl", attributes);
        }
    }

    void denial(AccessRequestEntity request, List<RequestTinEntity> lines) {
        List<Map<String, String>> denials = lines.stream()
                .map(line -> Map.of(
                        "tin", Tin.parse(line.getTin()).orElseThrow().masked(),
                        "reasonKey", DenialReason.fromCode(line.getReasonCode()).orElse(DenialReason.OTHER).messageKey(),
                        "note", line.getNote() == null ? "" : line.getNote()))
                .toList();
        new PortalMail(session, realm).sendAfterCommit(request.getEmail(), "adminRequestDeniedSubject", List.of(request.getReference()),
                "admin-request-denied.ftl", Map.of("firstName", request.getFirstName(), "reference", request.getReference(),
                        "denials", denials));
    }
}
