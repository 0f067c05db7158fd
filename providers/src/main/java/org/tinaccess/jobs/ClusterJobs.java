package org.tinaccess.jobs;

import org.jboss.logging.Logger;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.utils.KeycloakModelUtils;
import org.keycloak.models.utils.PostMigrationEvent;
import org.keycloak.provider.ProviderEvent;
import org.keycloak.provider.ProviderEventListener;
import org.keycloak.services.scheduled.ClusterAwareScheduledTaskRunner;
import org.keycloak.timer.ScheduledTask;
import org.keycloak.timer.TimerProvider;

/**
 * Schedules TIN Access's periodic work once the server has started (after database migration).
 * Every node schedules it. ClusterAwareScheduledTaskRunner (a private SPI, the one Keycloak uses
 * for its own cleanup tasks) keeps two runs from overlapping on any nodes, through the cluster
 * provider's lock; {@link OncePerInterval} lets only the first node of each interval run.
 */
public final class ClusterJobs implements ProviderEventListener {

    private static final Logger LOG = Logger.getLogger(ClusterJobs.class);

    private final KeycloakSessionFactory factory;
    private final long intervalMillis;

    public ClusterJobs(KeycloakSessionFactory factory, long intervalSeconds) {
        this.factory = factory;
        this.intervalMillis = intervalSeconds * 1000;
    }

    @Override
    public void onEvent(ProviderEvent event) {
        if (!(event instanceof PostMigrationEvent)) {
            return;
        }
        KeycloakModelUtils.runJobInTransaction(factory, session -> {
            for (ScheduledTask task : new ScheduledTask[] {new JoinRequestExpiry(intervalMillis / 1000), new ClientGrantExpiry(intervalMillis / 1000),
                    new HelpDeskResetsDue(intervalMillis / 1000), new AccessReviewsDue(intervalMillis / 1000)}) {
                session.getProvider(TimerProvider.class)
                        .schedule(new ClusterAwareScheduledTaskRunner(factory, task, intervalMillis), intervalMillis, task.getTaskName());
            }
        });
        LOG.infof("Join-request and client-grant expiry, help-desk resets and access reviews scheduled every %d s (once per cluster)",
                intervalMillis / 1000);
    }
}
