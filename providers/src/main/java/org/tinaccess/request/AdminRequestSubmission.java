package org.tinaccess.request;

import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.utils.KeycloakModelUtils;
import org.keycloak.common.util.Time;
import org.tinaccess.mail.PortalMail;
import org.tinaccess.settings.TinAccessSettings;
import org.tinaccess.store.AccessRequestEntity;
import org.tinaccess.store.AdminRequestStore;
import org.tinaccess.store.LineStatus;
import org.tinaccess.store.RequestKind;
import org.tinaccess.store.RequestStatus;
import org.tinaccess.store.RequestTinEntity;
import org.tinaccess.tin.Tin;

/** Stores a completed admin request, one line per TIN, and sends the acknowledgement e-mail. */
final class AdminRequestSubmission {

    static final String ACKNOWLEDGEMENT_TEMPLATE = "admin-request-received.ftl";
    private static final Logger LOG = Logger.getLogger(AdminRequestSubmission.class);

    private final KeycloakSession session;
    private final RealmModel realm;

    AdminRequestSubmission(KeycloakSession session, RealmModel realm) {
        this.session = session;
        this.realm = realm;
    }

    /** Returns the request's reference. */
    String submit(ContactDetails contact, List<Tin> tins) {
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
        request.setCreatedAt(now);
        List<RequestTinEntity> lines = tins.stream().map(tin -> line(tin, now)).toList();
        new AdminRequestStore(session, realm.getId()).add(request, lines);
        LOG.infof("Admin request %s received for %d TIN(s)", request.getReference(), tins.size());

        new PortalMail(session, realm).sendAfterCommit(contact.email(), "adminRequestReceivedSubject", List.of(request.getReference()),
                ACKNOWLEDGEMENT_TEMPLATE, Map.of(
                        "firstName", contact.firstName(),
                        "reference", request.getReference(),
                        "tins", tins.stream().map(Tin::masked).toList(),
                        "reviewTime", TinAccessSettings.from(realm::getAttribute).reviewTime()));
        return request.getReference();
    }

    private static RequestTinEntity line(Tin tin, long now) {
        RequestTinEntity line = new RequestTinEntity();
        line.setId(KeycloakModelUtils.generateId());
        line.setTin(tin.digits());
        line.setStatus(LineStatus.PENDING.name());
        line.setReceivedAt(now);
        return line;
    }
}
