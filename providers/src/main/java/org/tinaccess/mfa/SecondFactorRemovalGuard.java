package org.tinaccess.mfa;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.PathSegment;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import org.keycloak.credential.CredentialModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.credential.RecoveryAuthnCodesCredentialModel;
import org.keycloak.services.managers.AppAuthManager;
import org.keycloak.services.managers.AuthenticationManager;
import org.keycloak.utils.KeycloakSessionUtil;
import org.tinaccess.rest.ApiException;
import org.tinaccess.rest.RecentSecondFactor;

/**
 * Keycloak's account REST API still removes a credential with nothing but an account token
 * ({@code DELETE /realms/{realm}/account/credentials/{id}}, deprecated for the
 * {@code delete_credential} action, which signs the user in again). For a second factor that would
 * let a stolen or refreshed token plus the password replace it. So, before that endpoint runs, the
 * removal of a second factor or of recovery codes needs a second factor passed in the last minutes
 * in the token's session, and never leaves the account without a way to pass one.
 *
 * <p>A JAX-RS request filter in an extension jar, which Keycloak's Quarkus server picks up since 24
 * (keycloak#25038); no Keycloak SPI is consulted before that endpoint removes a credential. It is not
 * pre-matching, so Keycloak's session exists; it finds the realm and the caller itself and lets
 * anything it cannot read through, for Keycloak to refuse.
 */
@Provider
public class SecondFactorRemovalGuard implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        if (!HttpMethod.DELETE.equals(request.getMethod())) {
            return;
        }
        List<String> path = request.getUriInfo().getPathSegments(true).stream().map(PathSegment::getPath).filter(part -> !part.isEmpty()).toList();
        if (!isAccountCredential(path)) {
            return;
        }
        KeycloakSession session = KeycloakSessionUtil.getKeycloakSession();
        RealmModel realm = session == null ? null : session.realms().getRealmByName(path.get(1));
        if (realm == null) {
            return;
        }
        session.getContext().setRealm(realm);
        AuthenticationManager.AuthResult caller = new AppAuthManager.BearerTokenAuthenticator(session).setRealm(realm).authenticate();
        if (caller == null || caller.getUser() == null) {
            return;
        }
        UserModel user = caller.getUser();
        CredentialModel credential = user.credentialManager().getStoredCredentialById(path.get(path.size() - 1));
        if (credential == null || !isGuarded(credential.getType())) {
            return;
        }
        if (!RecentSecondFactor.passed(session, realm, caller.getToken())) {
            request.abortWith(RecentSecondFactor.refusal());
        } else if (SecondFactors.METHODS.contains(credential.getType()) && !SecondFactors.hasOtherThan(user, credential.getId())) {
            request.abortWith(ApiException.response(Response.Status.CONFLICT, "last_second_factor",
                    "This is your only way to pass a second factor: add another one before you remove it."));
        }
    }

    /** {@code realms/{realm}/account[/{version}]/credentials/{id}}. */
    static boolean isAccountCredential(List<String> path) {
        int size = path.size();
        if (size < 5 || !"realms".equals(path.get(0)) || !"account".equals(path.get(2)) || !"credentials".equals(path.get(size - 2))) {
            return false;
        }
        return size == 5 || size == 6 && path.get(3).matches("v\\d[0-9a-zA-Z_\\-]*");
    }

    private static boolean isGuarded(String type) {
        return SecondFactors.METHODS.contains(type) || RecoveryAuthnCodesCredentialModel.TYPE.equals(type);
    }
}
