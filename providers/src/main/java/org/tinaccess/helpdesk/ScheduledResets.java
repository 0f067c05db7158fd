package org.tinaccess.helpdesk;

import org.jboss.logging.Logger;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.tinaccess.mfa.MfaReset;
import org.tinaccess.store.HelpDeskCaseEntity;
import org.tinaccess.store.HelpDeskCaseStore;

/**
 * Carries out the resets whose cooling-off ended and that nobody stopped. Run by the once-per-cluster
 * job; each case is closed by a conditional UPDATE first, so a stop that comes at the same moment
 * either wins (nothing removed) or finds the case done.
 */
public final class ScheduledResets {

    private static final Logger LOG = Logger.getLogger(ScheduledResets.class);

    private ScheduledResets() {}

    public static void applyDue(KeycloakSession session, RealmModel realm, long now) {
        HelpDeskCaseStore cases = new HelpDeskCaseStore(session, realm.getId());
        for (HelpDeskCaseEntity due : cases.due(now)) {
            if (!cases.completeIfScheduled(due.getId(), now)) {
                continue;
            }
            UserModel person = session.users().getUserById(realm, due.getUserId());
            if (person == null) {
                continue;
            }
            int removed = MfaReset.apply(person);
            new HelpDeskMails(session, realm).resetDone(person);
            LOG.infof("Help-desk check %s: the cooling-off ended, %d second factors of user %s removed", due.getId(), removed, due.getUserId());
        }
    }
}
