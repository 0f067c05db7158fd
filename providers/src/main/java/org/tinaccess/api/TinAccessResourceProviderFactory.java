package org.tinaccess.api;

import java.util.List;
import org.keycloak.Config;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.provider.ProviderConfigurationBuilder;
import org.keycloak.services.resource.RealmResourceProvider;
import org.keycloak.services.resource.RealmResourceProviderFactory;
import org.tinaccess.jobs.ClusterJobs;
import org.tinaccess.settings.PortalClock;

/** Mounts {@link TinAccessResource} at {@code /realms/{realm}/tin-access}. */
public class TinAccessResourceProviderFactory implements RealmResourceProviderFactory {

    public static final String PROVIDER_ID = "tin-access";

    @Override
    public RealmResourceProvider create(KeycloakSession session) {
        return new RealmResourceProvider() {
            @Override
            public Object getResource() {
                return new TinAccessResource(session);
            }

            @Override
            public void close() {
                // nothing held
            }
        };
    }

    /** Server option: how often overdue join requests are looked for, in seconds. */
    public static final String JOB_INTERVAL = "job-interval";
    static final long DEFAULT_JOB_INTERVAL_SECONDS = 900;

    private long jobIntervalSeconds = DEFAULT_JOB_INTERVAL_SECONDS;

    @Override
    public void init(Config.Scope config) {
        jobIntervalSeconds = Math.max(1, config.getLong(JOB_INTERVAL, DEFAULT_JOB_INTERVAL_SECONDS));
    }

    @Override
    public void postInit(KeycloakSessionFactory factory) {
        factory.register(new ClusterJobs(factory, jobIntervalSeconds));
    }

    @Override
    public List<ProviderConfigProperty> getConfigMetadata() {
        return ProviderConfigurationBuilder.create()
                .property()
                .name(JOB_INTERVAL)
                .type("int")
                .helpText("Seconds between two runs of the join-request expiry job (run by one node of the cluster).")
                .defaultValue(DEFAULT_JOB_INTERVAL_SECONDS)
                .add()
                .property()
                .name(PortalClock.SETTABLE_OPTION)
                .type("boolean")
                .helpText("Test environments only: lets the realm attribute tinAccess.clockOffset move the time idle accounts and access reviews"
                        + " are judged by. Never set it in production.")
                .defaultValue(false)
                .add()
                .build();
    }

    @Override
    public void close() {
        // stateless
    }

    @Override
    public String getId() {
        return PROVIDER_ID;
    }
}
