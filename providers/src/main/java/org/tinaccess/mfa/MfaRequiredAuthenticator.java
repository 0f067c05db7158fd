package org.tinaccess.mfa;

import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.Authenticator;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/**
 * After the password: a user with no second factor is sent to {@code mfa-enroll} before reaching
 * the portal (users with one have just passed it in the conditional 2FA step).
 */
public class MfaRequiredAuthenticator implements Authenticator {

    @Override
    public void authenticate(AuthenticationFlowContext context) {
        UserModel user = context.getUser();
        if (!SecondFactors.has(user)) {
            context.getAuthenticationSession().addRequiredAction(MfaEnrollRequiredAction.PROVIDER_ID);
        }
        context.success();
    }

    @Override
    public void action(AuthenticationFlowContext context) {
        context.success();
    }

    @Override
    public boolean requiresUser() {
        return true;
    }

    @Override
    public boolean configuredFor(KeycloakSession session, RealmModel realm, UserModel user) {
        return true;
    }

    @Override
    public void setRequiredActions(KeycloakSession session, RealmModel realm, UserModel user) {
        // authenticate() adds mfa-enroll itself
    }

    @Override
    public void close() {
        // stateless
    }
}
