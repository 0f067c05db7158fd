package org.tinaccess.mfa;

import org.jboss.logging.Logger;
import org.keycloak.events.Details;
import org.keycloak.events.Event;
import org.keycloak.events.EventBuilder;
import org.keycloak.events.EventListenerProvider;
import org.keycloak.events.EventType;
import org.keycloak.events.admin.AdminEvent;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.credential.RecoveryAuthnCodesCredentialModel;
import org.keycloak.services.managers.AppAuthManager;
import org.keycloak.services.managers.AuthenticationManager;
import org.tinaccess.rest.RecentSecondFactor;

/**
 * Keycloak's account REST API still removes a credential with nothing but an account token
 * ({@code DELETE /realms/{realm}/account/credentials/{id}}, deprecated for the
 * {@code delete_credential} action, which signs the user in again). For a second factor that would
 * let a stolen or refreshed token plus the password replace it. Keycloak asks no SPI before that
 * endpoint removes a credential, but it reports the removal as a {@code REMOVE_CREDENTIAL} event in
 * the same transaction, to every listener: this one undoes the removal (the transaction is rolled
 * back, so nothing of it is kept) when the token's session passed no second factor in the last
 * minutes, or when it took the account's last way to pass one, and records the refusal as an error
 * event. The console's own removal, Keycloak's action, has just signed the person in again; if it
 * takes their last factor, the person binds a new one before going on.
 */
public class SecondFactorRemovalGuard implements EventListenerProvider {

    private static final Logger LOG = Logger.getLogger(SecondFactorRemovalGuard.class);
    private final KeycloakSession session;

    public SecondFactorRemovalGuard(KeycloakSession session) {
        this.session = session;
    }

    @Override
    public void onEvent(Event event) {
        String type = event.getDetails() == null ? null : event.getDetails().get(Details.CREDENTIAL_TYPE);
        if (event.getType() != EventType.REMOVE_CREDENTIAL || !(SecondFactors.METHODS.contains(type) || RecoveryAuthnCodesCredentialModel.TYPE.equals(type))) {
            return;
        }
        RealmModel realm = session.getContext().getRealm();
        UserModel user = realm == null || event.getUserId() == null ? null : session.users().getUserById(realm, event.getUserId());
        if (user == null) {
            return;
        }
        if (session.getContext().getAuthenticationSession() != null) {
            // Keycloak's delete_credential action, in a sign-in that just passed: the last factor gone, bind another.
            if (!SecondFactors.has(user)) {
                user.addRequiredAction(MfaEnrollRequiredAction.PROVIDER_ID);
            }
            return;
        }
        AuthenticationManager.AuthResult caller = new AppAuthManager.BearerTokenAuthenticator(session).setRealm(realm).authenticate();
        String refusal = caller == null || !RecentSecondFactor.passed(session, realm, caller.getToken()) ? "second_factor_not_recent"
                : !SecondFactors.has(user) ? "last_second_factor" : null;
        if (refusal == null) {
            return;
        }
        session.getTransactionManager().setRollbackOnly();
        LOG.warnf("Refused removing a %s credential through the account API: %s", type, refusal);
        // An error event is stored in a transaction of its own, so it outlives the rollback.
        new EventBuilder(realm, session, session.getContext().getConnection()).event(EventType.REMOVE_CREDENTIAL).user(user)
                .detail(Details.CREDENTIAL_TYPE, type)
                .error(refusal);
    }

    @Override
    public void onEvent(AdminEvent event, boolean includeRepresentation) {
        // Administrators remove credentials through the admin API on purpose.
    }

    @Override
    public void close() {
        // Nothing held.
    }
}
