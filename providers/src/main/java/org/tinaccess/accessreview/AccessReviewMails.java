package org.tinaccess.accessreview;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.OrganizationModel;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.tinaccess.mail.MailDates;
import org.tinaccess.mail.PortalMail;
import org.tinaccess.provider.ProviderOrganization;
import org.tinaccess.store.AccessReviewEntity;
import org.tinaccess.tin.Tin;

/**
 * What access reviews and idle accounts tell people by mail. These mails also go from the
 * once-per-cluster job, where there is no request to build a link from, so they name the place in
 * the account console instead; each goes once the change it announces has committed.
 */
final class AccessReviewMails {

    private final KeycloakSession session;
    private final RealmModel realm;

    AccessReviewMails(KeycloakSession session, RealmModel realm) {
        this.session = session;
        this.realm = realm;
    }

    void started(AccessReviewEntity review, Collection<String> managerIds, int people) {
        toManagers(review, managerIds, "accessReviewStartedSubject", "started", Map.of("count", people));
    }

    void reminder(AccessReviewEntity review, Collection<String> managerIds, long undecided) {
        toManagers(review, managerIds, "accessReviewReminderSubject", "reminder", Map.of("count", undecided));
    }

    void closed(AccessReviewEntity review, Collection<String> managerIds, List<String> suspended) {
        toManagers(review, managerIds, "accessReviewClosedSubject", "closed", Map.of("count", suspended.size(), "suspended", suspended));
    }

    /** To the person: their access will be suspended on {@code suspendOn} unless they sign in before. */
    void idleWarning(UserModel person, long suspendOn) {
        send(person, "idleWarningSubject", "idle-account.ftl", Map.of("suspended", false, "due", MailDates.day(suspendOn)));
    }

    /** To the person: their access was suspended on every TIN for not signing in. */
    void idleSuspended(UserModel person, int days) {
        send(person, "idleSuspendedSubject", "idle-account.ftl", Map.of("suspended", true, "days", days));
    }

    private void toManagers(AccessReviewEntity review, Collection<String> managerIds, String subjectKey, String stage, Map<String, Object> extra) {
        Tin tin = Tin.parse(review.getTin()).orElseThrow();
        OrganizationModel provider = ProviderOrganization.of(session, tin);
        Map<String, Object> attributes = new HashMap<>(extra);
        attributes.put("stage", stage);
        attributes.put("provider", provider == null ? tin.masked() : provider.getName());
        attributes.put("tin", tin.masked());
        attributes.put("due", MailDates.day(review.getDueAt()));
        for (String managerId : managerIds) {
            send(session.users().getUserById(realm, managerId), subjectKey, "access-review.ftl", attributes);
        }
    }

    private void send(UserModel user, String subjectKey, String template, Map<String, Object> attributes) {
        new PortalMail(session, realm).toPersonAfterCommit(user, subjectKey, template, attributes);
    }
}
