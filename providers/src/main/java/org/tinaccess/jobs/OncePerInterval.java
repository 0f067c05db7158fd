package org.tinaccess.jobs;

import org.jboss.logging.Logger;
import org.keycloak.common.util.Time;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.timer.ScheduledTask;

/**
 * A scheduled task that runs at most once per fixed window of its interval across the whole
 * cluster. Every node's timer fires every interval, each at its own phase; Keycloak's
 * ClusterAwareScheduledTaskRunner only keeps two runs from overlapping (its lock is removed when a
 * run ends), so with two nodes a quick task would run twice per interval. The first node to fire
 * in a window claims it in Keycloak's single-use-object store ({@code putIfAbsent} is atomic
 * across the cluster, the store our rate limits use too, see ClusterRateLimit); the others find the
 * window taken and skip it. A subclass, not a wrapper: the runner's lock is named after the task's
 * class, so each task keeps a lock of its own.
 */
abstract class OncePerInterval implements ScheduledTask {

    private static final Logger LOG = Logger.getLogger(OncePerInterval.class);
    private static final String PREFIX = "tin-access-job:";

    private final long intervalSeconds;

    OncePerInterval(long intervalSeconds) {
        this.intervalSeconds = Math.max(1, intervalSeconds);
    }

    /** The work of one interval, on whichever node claimed it: by default {@link #runInRealm} for every realm. */
    protected void runOnce(KeycloakSession session) {
        long now = Time.currentTimeMillis();
        for (RealmModel realm : session.realms().getRealmsStream().toList()) {
            session.getContext().setRealm(realm);
            runInRealm(session, realm, now);
        }
    }

    /** One realm's share of a run; {@code now} is the same instant for every realm of the run. */
    protected abstract void runInRealm(KeycloakSession session, RealmModel realm, long now);

    @Override
    public final void run(KeycloakSession session) {
        long window = Time.currentTime() / intervalSeconds;
        if (!session.singleUseObjects().putIfAbsent(PREFIX + getTaskName() + ":" + window, intervalSeconds)) {
            return;
        }
        // The cluster tests count these lines across the nodes' logs: one per window, whichever node.
        LOG.debugf("%s runs for window %d", getTaskName(), window);
        runOnce(session);
    }
}
