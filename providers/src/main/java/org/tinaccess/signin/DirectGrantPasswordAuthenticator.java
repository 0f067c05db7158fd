package org.tinaccess.signin;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.AuthenticationFlowError;
import org.keycloak.authentication.authenticators.browser.AbstractUsernameFormAuthenticator;
import org.keycloak.events.Details;
import org.keycloak.events.Errors;
import org.keycloak.models.credential.OTPCredentialModel;
import org.keycloak.models.credential.PasswordCredentialModel;
import org.keycloak.representations.idm.OAuth2ErrorRepresentation;
import org.tinaccess.flow.StatelessAuthenticator;

/**
 * The password step of the realm's direct-grant flow, in place of Keycloak's username and password
 * steps, which answer "Account disabled" to someone who has a disabled account's password. Here
 * every refusal is the same 400 {@code invalid_grant} after the same hashing work
 * ({@link PasswordCheck}); wrong passwords still count for brute-force detection. The only second
 * factor a password grant can carry is the authenticator app's code (the flow's next step), so a
 * person without the app is refused in the same words, whatever else they hold: a password alone
 * never gets a token.
 */
public class DirectGrantPasswordAuthenticator implements StatelessAuthenticator {

    @Override
    public void authenticate(AuthenticationFlowContext context) {
        MultivaluedMap<String, String> form = context.getHttpRequest().getDecodedFormParameters();
        String username = form.getFirst("username");
        if (username == null || username.isBlank()) {
            context.getEvent().error(Errors.USERNAME_MISSING);
            context.failure(AuthenticationFlowError.INVALID_USER, error(Response.Status.UNAUTHORIZED, "invalid_request", "Missing parameter: username"));
            return;
        }
        context.getEvent().detail(Details.USERNAME, username);
        context.getAuthenticationSession().setAuthNote(AbstractUsernameFormAuthenticator.ATTEMPTED_USERNAME, username);
        PasswordCheck.Verdict verdict = PasswordCheck.check(context, username, form.getFirst("password"));
        if (verdict.accepted() && !verdict.user().credentialManager().isConfiguredFor(OTPCredentialModel.TYPE)) {
            // The event tells the plan what happened; the answer tells the caller nothing more than a wrong password would.
            verdict = new PasswordCheck.Verdict(verdict.user(), false, "second_factor_not_possible");
        }
        if (!verdict.accepted()) {
            if (verdict.user() != null) {
                context.getEvent().user(verdict.user());
            }
            context.getEvent().error(verdict.eventError());
            context.failure(AuthenticationFlowError.INVALID_CREDENTIALS, error(Response.Status.BAD_REQUEST, "invalid_grant", "Invalid user credentials"));
            return;
        }
        context.setUser(verdict.user());
        context.success(PasswordCredentialModel.TYPE);
    }

    private static Response error(Response.Status status, String error, String description) {
        return Response.status(status).entity(new OAuth2ErrorRepresentation(error, description)).type(MediaType.APPLICATION_JSON_TYPE).build();
    }

    @Override
    public void action(AuthenticationFlowContext context) {
        // a direct grant has no second request
    }

    @Override
    public boolean requiresUser() {
        return false;
    }
}
