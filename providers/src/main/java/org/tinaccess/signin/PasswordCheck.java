package org.tinaccess.signin;

import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.authenticators.util.AuthenticatorUtils;
import org.keycloak.events.Errors;
import org.keycloak.models.ModelDuplicateException;
import org.keycloak.models.UserCredentialModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.credential.PasswordCredentialModel;
import org.keycloak.models.utils.KeycloakModelUtils;

/**
 * One verdict on a typed username and password, at one cost, for every kind of account (OWASP
 * ASVS 5.0 6.3.8): unknown, service account, disabled, locked by brute-force detection, invited
 * with no password yet, or a wrong password all take one password hash with the realm's algorithm
 * and end refused; only the caller decides the words, and uses the same ones for all of them.
 */
public final class PasswordCheck {

    /** The outcome, the user when there is one, and the event error to record for a refusal. */
    public record Verdict(UserModel user, boolean accepted, String eventError) {

        /** A wrong password of an account that can sign in: brute-force detection counts it. */
        public boolean isWrongPassword() {
            return !accepted && Errors.INVALID_USER_CREDENTIALS.equals(eventError);
        }
    }

    private PasswordCheck() {}

    public static Verdict check(AuthenticationFlowContext context, String username, String password) {
        UserModel user = findAccount(context, username);
        if (user == null || user.getServiceAccountClientLink() != null) {
            AuthenticatorUtils.dummyHash(context);
            return new Verdict(user, false, Errors.USER_NOT_FOUND);
        }
        boolean valid;
        if (password == null || password.isEmpty() || !user.credentialManager().isConfiguredFor(PasswordCredentialModel.TYPE)) {
            AuthenticatorUtils.dummyHash(context);
            valid = false;
        } else {
            valid = user.credentialManager().isValid(UserCredentialModel.password(password));
        }
        if (!user.isEnabled()) {
            return new Verdict(user, false, Errors.USER_DISABLED);
        }
        // Keycloak's private BruteForceProtector SPI, through the helper its own forms use.
        String lockout = AuthenticatorUtils.getDisabledByBruteForceEventError(context, user);
        if (lockout != null) {
            return new Verdict(user, false, lockout);
        }
        return valid ? new Verdict(user, true, null) : new Verdict(user, false, Errors.INVALID_USER_CREDENTIALS);
    }

    private static UserModel findAccount(AuthenticationFlowContext context, String username) {
        if (username == null || username.isBlank()) {
            return null;
        }
        try {
            return KeycloakModelUtils.findUserByNameOrEmail(context.getSession(), context.getRealm(), username.strip());
        } catch (ModelDuplicateException duplicate) {
            return null;
        }
    }
}
