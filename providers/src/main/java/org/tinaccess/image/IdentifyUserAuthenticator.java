package org.tinaccess.image;

import jakarta.ws.rs.core.MultivaluedMap;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.AuthenticationFlowError;
import org.keycloak.authentication.authenticators.browser.AbstractUsernameFormAuthenticator;
import org.keycloak.models.UserModel;
import org.keycloak.models.utils.FormMessage;
import org.tinaccess.flow.StatelessAuthenticator;

/**
 * Step 1 of identifier-first sign-in: the username alone. Unlike Keycloak's username form it never
 * says "unknown user" or "account disabled" and never looks the account up: every username moves
 * on to the security-image page the same way, and the user is set only once the password is right
 * (the organization identity-first pattern: attempted username, shown as typed). So neither the
 * next page nor its timing tells accounts apart. With the security image off it steps aside.
 */
public class IdentifyUserAuthenticator implements StatelessAuthenticator {
    /** The login templates' field name. */
    static final String USERNAME = "username";

    @Override
    public void authenticate(AuthenticationFlowContext context) {
        if (!SecurityImageSetting.isOn(context.getRealm())) {
            context.success();
            return;
        }
        UserModel known = context.getUser();
        if (known != null) {
            // Signing in again (prompt=login, a step-up): the session already says who this is. Asking
            // for the address again drew an empty field under the one shown; the password page follows.
            context.getAuthenticationSession().setAuthNote(AbstractUsernameFormAuthenticator.ATTEMPTED_USERNAME, known.getUsername());
            context.getAuthenticationSession().setAuthNote(AbstractUsernameFormAuthenticator.USERNAME_HIDDEN, "true");
            context.success();
            return;
        }
        context.challenge(context.form().createLoginUsername());
    }

    @Override
    public void action(AuthenticationFlowContext context) {
        MultivaluedMap<String, String> form = context.getHttpRequest().getDecodedFormParameters();
        String username = form.getFirst(USERNAME) == null ? ""
                : form.getFirst(USERNAME).strip();
        if (username.isEmpty()) {
            context.failureChallenge(AuthenticationFlowError.INVALID_USER,
                    context.form().addError(new FormMessage(USERNAME,
                            "missingUsernameMessage")).createLoginUsername());
            return;
        }
        context.getAuthenticationSession().setAuthNote(AbstractUsernameFormAuthenticator.ATTEMPTED_USERNAME, username);
        // Shows the typed username with "Restart login" whether or not an account has it.
        context.getAuthenticationSession().setAuthNote(AbstractUsernameFormAuthenticator.USERNAME_HIDDEN, "true");
        context.success();
    }

    @Override
    public boolean requiresUser() {
        return false;
    }
}
