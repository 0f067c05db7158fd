package org.tinaccess.jobs;

import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.tinaccess.helpdesk.ScheduledResets;

/**
 * The help desk's resets of admins and backup admins take effect when their cooling-off ends,
 * unless someone stopped them: once per interval, in every realm.
 */
public class HelpDeskResetsDue extends OncePerInterval {

    public static final String TASK_NAME = "tin-access-help-desk-resets";

    public HelpDeskResetsDue(long intervalSeconds) {
        super(intervalSeconds);
    }

    @Override
    protected void runInRealm(KeycloakSession session, RealmModel realm, long now) {
        ScheduledResets.applyDue(session, realm, now);
    }

    @Override
    public String getTaskName() {
        return TASK_NAME;
    }
}
