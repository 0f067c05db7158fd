package org.tinaccess.image;

import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.AuthenticationFlowError;
import org.keycloak.authentication.authenticators.browser.AbstractUsernameFormAuthenticator;
import org.keycloak.models.UserModel;
import org.keycloak.models.credential.PasswordCredentialModel;
import org.keycloak.models.utils.FormMessage;
import org.tinaccess.flow.StatelessAuthenticator;
import org.tinaccess.signin.PasswordCheck;

/**
 * Step 2 of identifier-first sign-in: the security image and caption of the typed
 * username, then the password. Unknown, invited, disabled and locked accounts see a picture and
 * caption from the same lists and, on submit, the same error after the same password-hashing work
 * as a wrong password ({@link PasswordCheck}); the user is set only when the password is right. So
 * neither page nor timing tells accounts apart. With the security image off, this is Keycloak's
 * usual username-and-password page.
 */
public class SecurityImagePasswordAuthenticator implements StatelessAuthenticator {
    /** The login templates' field names. */
    static final String USERNAME = "username";
    static final String PASSWORD = "password";

    static final String TEMPLATE = "login-security-image.ftl";
    private static final String GENERIC_ERROR = "invalidUserMessage";

    @Override
    public void authenticate(AuthenticationFlowContext context) {
        context.challenge(SecurityImageSetting.isOn(context.getRealm()) ? imagePage(context, null)
                : context.form().createLoginUsernamePassword());
    }

    @Override
    public void action(AuthenticationFlowContext context) {
        MultivaluedMap<String, String> form = context.getHttpRequest().getDecodedFormParameters();
        boolean imageOn = SecurityImageSetting.isOn(context.getRealm());
        if (!imageOn) {
            String typed = form.getFirst(USERNAME) == null ? "" : form.getFirst(USERNAME).strip();
            context.getAuthenticationSession().setAuthNote(AbstractUsernameFormAuthenticator.ATTEMPTED_USERNAME, typed);
        }
        PasswordCheck.Verdict verdict = PasswordCheck.check(context, attemptedUsername(context), form.getFirst(PASSWORD));
        if (!verdict.accepted()) {
            if (verdict.user() != null) {
                context.getEvent().user(verdict.user());
            }
            context.getEvent().error(verdict.eventError());
            // One answer for unknown, wrong password, locked, disabled or no password yet; brute-force
            // detection counts it against the attempted username's account, if any.
            context.failureChallenge(AuthenticationFlowError.INVALID_CREDENTIALS, errorPage(context, imageOn));
            return;
        }
        UserModel user = verdict.user();
        context.setUser(user);
        if (imageOn && !SecurityImageChoice.hasChosen(user)) {
            // Accounts made before the feature, or by an administrator, pick their image now.
            context.getAuthenticationSession().addRequiredAction(SecurityImageRequiredAction.PROVIDER_ID);
        }
        context.success(PasswordCredentialModel.TYPE);
    }

    private static String attemptedUsername(AuthenticationFlowContext context) {
        return context.getAuthenticationSession().getAuthNote(AbstractUsernameFormAuthenticator.ATTEMPTED_USERNAME);
    }

    private static Response errorPage(AuthenticationFlowContext context, boolean imageOn) {
        if (!imageOn) {
            return context.form().setError(GENERIC_ERROR).createLoginUsernamePassword();
        }
        return imagePage(context, GENERIC_ERROR);
    }

    private static Response imagePage(AuthenticationFlowContext context, String error) {
        String username = attemptedUsername(context);
        SecurityImages.Shown shown = SecurityImageChoice.toShow(context.getSession(), context.getRealm(), username);
        var form = context.form()
                .setAttribute("securityImage", shown.imageId())
                .setAttribute("securityCaption", shown.caption());
        if (error != null) {
            // On the password field, so the field is marked invalid and the message is its description.
            form.addError(new FormMessage(PASSWORD, error));
        }
        return form.createForm(TEMPLATE);
    }

    @Override
    public boolean requiresUser() {
        return false;
    }
}
