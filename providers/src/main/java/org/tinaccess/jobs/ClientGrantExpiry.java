package org.tinaccess.jobs;

import java.util.List;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.tinaccess.billing.ClientGrants;
import org.tinaccess.settings.TinAccessSettings;
import org.tinaccess.store.ClientGrantEntity;
import org.tinaccess.store.ClientGrantStore;

/**
 * A billing service's request the provider has not answered within 30 days (the realm's
 * {@code tinAccess.clientGrantLifespan}) expires, and the service may ask again. Idempotent: each
 * expiry is a conditional UPDATE, so a second run or node finds nothing and sends no second mail.
 */
public class ClientGrantExpiry extends OncePerInterval {

    public static final String TASK_NAME = "tin-access-client-grant-expiry";
    static final int BATCH = 200;

    public ClientGrantExpiry(long intervalSeconds) {
        super(intervalSeconds);
    }

    @Override
    protected void runInRealm(KeycloakSession session, RealmModel realm, long now) {
        long cutoff = now - TinAccessSettings.from(realm::getAttribute).clientGrantLifespan().toMillis();
        List<ClientGrantEntity> overdue = new ClientGrantStore(session, realm.getId()).pendingBefore(cutoff, BATCH);
        ClientGrants grants = new ClientGrants(session, realm);
        overdue.forEach(grants::expire);
    }

    @Override
    public String getTaskName() {
        return TASK_NAME;
    }
}
