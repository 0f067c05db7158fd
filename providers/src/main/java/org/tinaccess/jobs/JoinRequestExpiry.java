package org.tinaccess.jobs;

import java.util.List;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.tinaccess.join.JoinRequests;
import org.tinaccess.store.JoinRequest;
import org.tinaccess.store.JoinRequestStore;

/**
 * "If the Admin does not take any action to Accept or Deny request, the request is
 * automatically denied." Denies every pending join request past its deadline, in every realm.
 * Idempotent: each denial is a conditional UPDATE, so a second run (or a second node) finds
 * nothing left to do and sends no second mail.
 */
public class JoinRequestExpiry extends OncePerInterval {

    public static final String TASK_NAME = "tin-access-join-request-expiry";
    /** Per realm and run, so one run's transaction stays small; the next run takes the rest. */
    static final int BATCH = 200;

    public JoinRequestExpiry(long intervalSeconds) {
        super(intervalSeconds);
    }

    @Override
    protected void runInRealm(KeycloakSession session, RealmModel realm, long now) {
        List<JoinRequest> overdue = new JoinRequestStore(session, realm.getId()).overdue(now, BATCH);
        JoinRequests requests = new JoinRequests(session, realm);
        overdue.forEach(requests::expire);
    }

    @Override
    public String getTaskName() {
        return TASK_NAME;
    }
}
