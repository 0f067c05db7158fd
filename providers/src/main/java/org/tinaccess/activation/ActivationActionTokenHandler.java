package org.tinaccess.activation;

import jakarta.ws.rs.core.Response;
import java.util.List;
import org.keycloak.TokenVerifier;
import org.keycloak.authentication.actiontoken.AbstractActionTokenHandler;
import org.keycloak.authentication.actiontoken.ActionTokenContext;
import org.keycloak.authentication.actiontoken.TokenUtils;
import org.keycloak.events.Errors;
import org.keycloak.events.EventType;
import org.keycloak.models.UserModel;
import org.keycloak.protocol.oidc.OIDCLoginProtocol;
import org.keycloak.protocol.oidc.utils.RedirectUtils;
import org.keycloak.services.managers.AuthenticationManager;
import org.keycloak.sessions.AuthenticationSessionModel;
import org.tinaccess.image.SecurityImageRequiredAction;
import org.tinaccess.image.SecurityImageSetting;
import org.tinaccess.mfa.MfaEnrollRequiredAction;
import org.tinaccess.mfa.SecondFactors;

/**
 * Runs the activation chain when the link is followed: the link proves the e-mail address, then
 * the required actions (set password, then the MFA chooser) run, and the user lands on the
 * portal. Single use: Keycloak records the token as used once the chain completes, and only the
 * browser that opened the link last can go on with it (see {@link #endEarlierOpenings}).
 */
public class ActivationActionTokenHandler extends AbstractActionTokenHandler<ActivationActionToken> {

    /** The message shown for a link that was replaced by a newer one or already used. */
    public static final String INVALID_LINK_MESSAGE = "activationLinkInvalid";
    /** The user attribute naming the authentication session that opened the user's activation link last. */
    static final String OPENED_IN_ATTRIBUTE = "tinAccess.activationOpenedIn";

    /** Create the password, choose a security image, then set up multifactor authentication. */
    static final List<String> ACTIVATION_CHAIN = List.of(UserModel.RequiredAction.UPDATE_PASSWORD.name(),
            SecurityImageRequiredAction.PROVIDER_ID, MfaEnrollRequiredAction.PROVIDER_ID);

    public ActivationActionTokenHandler() {
        super(ActivationActionToken.TOKEN_TYPE, ActivationActionToken.class, INVALID_LINK_MESSAGE, EventType.EXECUTE_ACTIONS,
                Errors.INVALID_TOKEN);
    }

    @Override
    public TokenVerifier.Predicate<? super ActivationActionToken>[] getVerifiers(ActionTokenContext<ActivationActionToken> tokenContext) {
        UserModel user = tokenContext.getAuthenticationSession().getAuthenticatedUser();
        return TokenUtils.predicates(
                verifyEmail(tokenContext),
                TokenUtils.checkThat(token -> isCurrent(token, user), Errors.INVALID_TOKEN, INVALID_LINK_MESSAGE),
                // Keycloak marks the link used only when the whole chain ends, so it could be opened again
                // half-way: once a second factor exists, the mailbox alone must not set a new password.
                TokenUtils.checkThat(token -> !SecondFactors.has(user), Errors.INVALID_TOKEN, INVALID_LINK_MESSAGE));
    }

    private static boolean isCurrent(ActivationActionToken token, UserModel user) {
        String nonce = user.getFirstAttribute(ActivationLink.NONCE_ATTRIBUTE);
        return nonce != null && token.getActionVerificationNonce() != null
                && nonce.equals(token.getActionVerificationNonce().toString());
    }

    @Override
    public Response handleToken(ActivationActionToken token, ActionTokenContext<ActivationActionToken> tokenContext) {
        AuthenticationSessionModel authSession = tokenContext.getAuthenticationSession();
        endEarlierOpenings(tokenContext, authSession);
        String landing = RedirectUtils.verifyRedirectUri(tokenContext.getSession(), token.getRedirectUri(), authSession.getClient());
        if (landing != null) {
            authSession.setAuthNote(AuthenticationManager.SET_REDIRECT_URI_AFTER_REQUIRED_ACTIONS, "true");
            authSession.setRedirectUri(landing);
            authSession.setClientNote(OIDCLoginProtocol.REDIRECT_URI_PARAM, landing);
        }
        ACTIVATION_CHAIN.stream()
                .filter(action -> isEnabled(tokenContext, action))
                .forEach(authSession::addRequiredAction);
        // The link arrived by e-mail, so following it proves the address.
        authSession.getAuthenticatedUser().setEmailVerified(true);

        String next = AuthenticationManager.nextRequiredAction(tokenContext.getSession(), authSession, tokenContext.getRequest(),
                tokenContext.getEvent());
        return AuthenticationManager.redirectToRequiredActions(tokenContext.getSession(), tokenContext.getRealm(), authSession,
                tokenContext.getUriInfo(), next);
    }

    /**
     * A link opened in two browsers would otherwise give both the activation's pages: the second,
     * waiting on the password page, could set a new password and image after the first had activated
     * the account. So opening the link ends the authentication session that opened it before (its
     * next step finds no session), and once the account has a second factor the link opens nothing.
     */
    private static void endEarlierOpenings(ActionTokenContext<ActivationActionToken> tokenContext, AuthenticationSessionModel authSession) {
        UserModel user = authSession.getAuthenticatedUser();
        String current = authSession.getParentSession().getId();
        String earlier = user.getFirstAttribute(OPENED_IN_ATTRIBUTE);
        if (earlier != null && !earlier.equals(current)) {
            var sessions = tokenContext.getSession().authenticationSessions();
            var root = sessions.getRootAuthenticationSession(tokenContext.getRealm(), earlier);
            if (root != null) {
                sessions.removeRootAuthenticationSession(tokenContext.getRealm(), root);
            }
        }
        user.setSingleAttribute(OPENED_IN_ATTRIBUTE, current);
    }

    /** A realm that switched a step off (e.g. the security image) skips it. */
    private static boolean isEnabled(ActionTokenContext<ActivationActionToken> tokenContext, String action) {
        if (SecurityImageRequiredAction.PROVIDER_ID.equals(action) && !SecurityImageSetting.isOn(tokenContext.getRealm())) {
            return false;
        }
        var model = tokenContext.getRealm().getRequiredActionProviderByAlias(action);
        return model != null && model.isEnabled();
    }

    @Override
    public boolean canUseTokenRepeatedly(ActivationActionToken token, ActionTokenContext<ActivationActionToken> tokenContext) {
        return false;
    }
}
