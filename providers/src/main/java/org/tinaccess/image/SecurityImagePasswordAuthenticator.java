package org.tinaccess.image;

import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.AuthenticationFlowError;
import org.tinaccess.flow.StatelessAuthenticator;
import org.keycloak.authentication.authenticators.browser.AbstractUsernameFormAuthenticator;
import org.keycloak.credential.hash.PasswordHashProvider;
import org.keycloak.events.Errors;
import org.keycloak.models.PasswordPolicy;
import org.keycloak.models.UserCredentialModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.utils.KeycloakModelUtils;
import org.keycloak.services.managers.BruteForceProtector;

/**
 * Step 2 of identifier-first sign-in (seed 001): the user's security image and caption, then the
 * password. An unknown username sees its stable fake image and, on submit, the same error after
 * the same password-hashing work as a wrong password, so neither page nor timing tells accounts
 * apart. With the security image off, this is Keycloak's usual username-and-password page.
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
            identify(context, form.getFirst(USERNAME));
        }
        String password = form.getFirst(PASSWORD);
        UserModel user = context.getUser();
        if (user == null) {
            spendPasswordHashingTime(context, password);
            context.getEvent().error(Errors.USER_NOT_FOUND);
            context.failureChallenge(AuthenticationFlowError.INVALID_USER, errorPage(context, imageOn));
            return;
        }
        context.getEvent().user(user);
        boolean locked = context.getRealm().isBruteForceProtected() && context.getSession().getProvider(BruteForceProtector.class)
                .isTemporarilyDisabled(context.getSession(), context.getRealm(), user);
        boolean valid = password != null && !password.isEmpty() && user.credentialManager().isValid(UserCredentialModel.password(password));
        if (!valid || locked || !user.isEnabled()) {
            // One answer for wrong password, locked or disabled account: none of them is announced.
            context.getEvent().error(valid ? Errors.USER_DISABLED : Errors.INVALID_USER_CREDENTIALS);
            context.failureChallenge(AuthenticationFlowError.INVALID_CREDENTIALS, errorPage(context, imageOn));
            return;
        }
        if (imageOn && !SecurityImageChoice.hasChosen(user)) {
            // Accounts made before the feature, or by an administrator, pick their image now.
            context.getAuthenticationSession().addRequiredAction(SecurityImageRequiredAction.PROVIDER_ID);
        }
        context.success();
    }

    private static void identify(AuthenticationFlowContext context, String username) {
        String typed = username == null ? "" : username.strip();
        context.getAuthenticationSession().setAuthNote(AbstractUsernameFormAuthenticator.ATTEMPTED_USERNAME, typed);
        UserModel user = typed.isEmpty() ? null : KeycloakModelUtils.findUserByNameOrEmail(context.getSession(), context.getRealm(), typed);
        if (user != null) {
            context.setUser(user);
        }
    }

    /** Hash the typed password once with the realm's algorithm, as checking a real one would. */
    private static void spendPasswordHashingTime(AuthenticationFlowContext context, String password) {
        PasswordPolicy policy = context.getRealm().getPasswordPolicy();
        PasswordHashProvider hashing = policy.getHashAlgorithm() == null ? context.getSession().getProvider(PasswordHashProvider.class)
                : context.getSession().getProvider(PasswordHashProvider.class, policy.getHashAlgorithm());
        if (hashing != null) {
            hashing.encodedCredential(password == null ? "" : password, policy.getHashIterations());
        }
    }

    private static Response errorPage(AuthenticationFlowContext context, boolean imageOn) {
        if (!imageOn) {
            return context.form().setError(GENERIC_ERROR).createLoginUsernamePassword();
        }
        return imagePage(context, GENERIC_ERROR);
    }

    private static Response imagePage(AuthenticationFlowContext context, String error) {
        String username = context.getAuthenticationSession().getAuthNote(AbstractUsernameFormAuthenticator.ATTEMPTED_USERNAME);
        SecurityImages.Shown shown = SecurityImageChoice.toShow(context.getSession(), context.getRealm(), username, context.getUser());
        var form = context.form()
                .setAttribute("securityImage", shown.imageId())
                .setAttribute("securityCaption", shown.caption());
        if (error != null) {
            form.setError(error);
        }
        return form.createForm(TEMPLATE);
    }

    @Override
    public boolean requiresUser() {
        return false;
    }
}
