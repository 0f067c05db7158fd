package org.tinaccess.jobs;

import org.jboss.logging.Logger;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.RealmModel;
import org.keycloak.models.utils.KeycloakModelUtils;
import org.tinaccess.accessreview.AccessReviews;
import org.tinaccess.accessreview.IdleAccounts;
import org.tinaccess.settings.PortalClock;
import org.tinaccess.tin.Tin;

/**
 * Who keeps access is looked at once per interval, in every realm: access reviews are reminded of
 * and closed at their deadline, new ones start on the realm's schedule (each TIN in a transaction
 * of its own, so one TIN's failure holds up no other), and idle accounts are warned and suspended.
 * Judged by {@link PortalClock}, the time those rules count in.
 */
public class AccessReviewsDue extends OncePerInterval {

    public static final String TASK_NAME = "tin-access-access-reviews";
    private static final Logger LOG = Logger.getLogger(AccessReviewsDue.class);

    public AccessReviewsDue(long intervalSeconds) {
        super(intervalSeconds);
    }

    @Override
    protected void runInRealm(KeycloakSession session, RealmModel realm, long jobTime) {
        long now = PortalClock.now(realm);
        AccessReviews reviews = new AccessReviews(session, realm);
        reviews.remindAndClose(now);
        new IdleAccounts(session, realm).run(now);
        KeycloakSessionFactory factory = session.getKeycloakSessionFactory();
        String realmId = realm.getId();
        for (Tin tin : reviews.dueToStart(now)) {
            try {
                KeycloakModelUtils.runJobInTransaction(factory, own -> {
                    RealmModel ownRealm = own.realms().getRealm(realmId);
                    own.getContext().setRealm(ownRealm);
                    new AccessReviews(own, ownRealm).start(tin, null, now);
                });
            } catch (RuntimeException e) {
                LOG.warnf("The access review of %s was not started: %s", tin, e.getMessage());
            }
        }
    }

    @Override
    public String getTaskName() {
        return TASK_NAME;
    }
}
