package org.tinaccess.notlisted;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jboss.logging.Logger;
import org.keycloak.common.util.Time;
import org.keycloak.events.EventBuilder;
import org.keycloak.events.EventType;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.utils.KeycloakModelUtils;
import org.tinaccess.mail.PortalMail;
import org.tinaccess.request.RequestReference;
import org.tinaccess.rest.ApiException;
import org.tinaccess.store.AccessRequestEntity;
import org.tinaccess.store.NotListedRequestStore;
import org.tinaccess.store.RequestKind;
import org.tinaccess.store.RequestStatus;

/**
 * The plan's "My organization's name is not listed": the person leaves their details, a
 * representative contacts them and a reviewer closes the request. Nothing here looks the TIN, NPI,
 * organisation or e-mail up, so the answer is the same whether the plan knows them or not.
 */
public final class NotListedRequests {

    static final String ACKNOWLEDGEMENT_TEMPLATE = "not-listed-received.ftl";
    private static final Logger LOG = Logger.getLogger(NotListedRequests.class);

    private final KeycloakSession session;
    private final RealmModel realm;
    private final NotListedRequestStore store;

    public NotListedRequests(KeycloakSession session, RealmModel realm) {
        this.session = session;
        this.realm = realm;
        this.store = new NotListedRequestStore(session, realm.getId());
    }

    /** Stores the request, acknowledges it by e-mail (after commit) and returns the reference shown to the person. */
    String submit(NotListedForm form) {
        AccessRequestEntity request = new AccessRequestEntity();
        request.setId(KeycloakModelUtils.generateId());
        request.setStatus(RequestStatus.PENDING.name());
        request.setReference(RequestReference.next("NL"));
        request.setFirstName(form.firstName());
        request.setLastName(form.lastName());
        request.setEmail(form.email());
        request.setPhone(form.phone());
        request.setOrganization(form.organization());
        request.setTin(form.tin());
        request.setNpi(form.npi());
        request.setProgram(form.coverage().program());
        request.setProgramState(form.coverage().state());
        request.setReason(form.message());
        request.setCreatedAt(Time.currentTimeMillis());
        store.add(request);
        LOG.infof("Not-listed request %s received", request.getReference());
        new EventBuilder(realm, session, session.getContext().getConnection())
                .event(EventType.REGISTER)
                .detail("form", RequestKind.NOT_LISTED.name().toLowerCase(Locale.ROOT))
                .detail("reference", request.getReference())
                .detail("email", request.getEmail())
                .success();
        new PortalMail(session, realm).sendAfterCommit(request.getEmail(), "notListedReceivedSubject", List.of(request.getReference()),
                ACKNOWLEDGEMENT_TEMPLATE, Map.of(
                        "firstName", request.getFirstName(),
                        "reference", request.getReference(),
                        "organization", request.getOrganization()));
        return request.getReference();
    }

    /** Closes a pending request as {@code outcome} with the reviewer's note; 409 when it is closed already. */
    AccessRequestEntity close(AccessRequestEntity request, NotListedOutcome outcome, String note, UserModel reviewer) {
        if (!store.close(request, outcome.name(), note, reviewer.getId(), Time.currentTimeMillis())) {
            throw ApiException.conflict("already_closed", "This request has already been closed.");
        }
        return request;
    }
}
