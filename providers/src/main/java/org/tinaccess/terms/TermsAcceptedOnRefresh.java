package org.tinaccess.terms;

import org.keycloak.OAuth2Constants;
import org.keycloak.OAuthErrorException;
import org.keycloak.TokenVerifier;
import org.keycloak.common.VerificationException;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.representations.RefreshToken;
import org.keycloak.representations.idm.ClientPolicyExecutorConfigurationRepresentation;
import org.keycloak.services.clientpolicy.ClientPolicyContext;
import org.keycloak.services.clientpolicy.ClientPolicyEvent;
import org.keycloak.services.clientpolicy.ClientPolicyException;
import org.keycloak.services.clientpolicy.context.TokenRefreshContext;
import org.keycloak.services.clientpolicy.executor.ClientPolicyExecutorProvider;

/**
 * The terms are asked at sign-in; a session begun before they changed would otherwise go on
 * refreshing its tokens without them. This client-policy executor (Keycloak's own hook on the
 * token endpoint; the executor SPI is a private one) refuses a refresh grant with
 * {@code invalid_grant} while the account has not accepted the terms as they read now, so the
 * portal signs the person in again and Keycloak's terms page is put to them. It reads the refresh
 * token's subject without checking it: Keycloak checks the token itself, and this can only refuse.
 */
public class TermsAcceptedOnRefresh implements ClientPolicyExecutorProvider<ClientPolicyExecutorConfigurationRepresentation> {

    private final KeycloakSession session;

    public TermsAcceptedOnRefresh(KeycloakSession session) {
        this.session = session;
    }

    @Override
    public void executeOnEvent(ClientPolicyContext context) throws ClientPolicyException {
        if (context.getEvent() != ClientPolicyEvent.TOKEN_REFRESH || !(context instanceof TokenRefreshContext refresh)) {
            return;
        }
        String raw = refresh.getParams().getFirst(OAuth2Constants.REFRESH_TOKEN);
        RealmModel realm = session.getContext().getRealm();
        if (raw == null || realm == null) {
            return;
        }
        String subject;
        try {
            subject = TokenVerifier.create(raw, RefreshToken.class).getToken().getSubject();
        } catch (VerificationException unreadable) {
            return; // Keycloak refuses it itself
        }
        UserModel user = subject == null ? null : session.users().getUserById(realm, subject);
        if (user != null && TermsVersionTrigger.pending(session, realm, user)) {
            throw new ClientPolicyException(OAuthErrorException.INVALID_GRANT, "The terms of use changed: sign in again to accept them.");
        }
    }

    @Override
    public String getProviderId() {
        return TermsAcceptedOnRefreshFactory.PROVIDER_ID;
    }
}
