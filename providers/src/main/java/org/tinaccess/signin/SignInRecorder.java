package org.tinaccess.signin;

import org.jboss.logging.Logger;
import org.keycloak.events.Event;
import org.keycloak.events.EventListenerProvider;
import org.keycloak.events.EventType;
import org.keycloak.events.admin.AdminEvent;
import org.keycloak.models.AbstractKeycloakTransaction;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.RealmModel;
import org.keycloak.models.utils.KeycloakModelUtils;
import org.tinaccess.settings.PortalClock;
import org.tinaccess.store.SignInStore;

/**
 * Notes when each account signs in, which Keycloak itself does not keep (its event store may be off
 * or purged): a TIN whose admin stopped signing in may pass to a backup admin. One read per sign-in;
 * a write at most every {@link #PRECISION_MILLIS}, after the sign-in committed and in its own
 * transaction, so a failure here can never fail a sign-in.
 */
public class SignInRecorder implements EventListenerProvider {

    /** Absence is counted in days: a sign-in within this much of the one on record changes nothing. */
    static final long PRECISION_MILLIS = 12L * 60 * 60 * 1000;
    private static final Logger LOG = Logger.getLogger(SignInRecorder.class);

    private final KeycloakSession session;

    public SignInRecorder(KeycloakSession session) {
        this.session = session;
    }

    @Override
    public void onEvent(Event event) {
        if (event.getType() != EventType.LOGIN || event.getUserId() == null || event.getRealmId() == null) {
            return;
        }
        String realmId = event.getRealmId();
        RealmModel realm = session.realms().getRealm(realmId);
        if (realm == null) {
            return;
        }
        long now = PortalClock.now(realm);
        String userId = event.getUserId();
        boolean recent = new SignInStore(session, realmId).lastOf(userId).map(last -> now - last < PRECISION_MILLIS).orElse(false);
        if (recent) {
            return;
        }
        KeycloakSessionFactory factory = session.getKeycloakSessionFactory();
        session.getTransactionManager().enlistAfterCompletion(new AbstractKeycloakTransaction() {
            @Override
            protected void commitImpl() {
                try {
                    KeycloakModelUtils.runJobInTransaction(factory, job -> new SignInStore(job, realmId).record(userId, now));
                } catch (RuntimeException e) {
                    // Two sign-ins of one account at once: the other one's time is as good.
                    LOG.debugf("A sign-in time was not recorded: %s", e.getMessage());
                }
            }

            @Override
            protected void rollbackImpl() {
                // The sign-in did not happen.
            }
        });
    }

    @Override
    public void onEvent(AdminEvent event, boolean includeRepresentation) {
        // Only sign-ins count.
    }

    @Override
    public void close() {
        // Nothing held.
    }
}
