package org.tinaccess.rest;

import org.keycloak.models.ClientModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.RoleModel;
import org.keycloak.models.UserModel;
import org.keycloak.representations.AccessToken;
import org.keycloak.services.managers.AppAuthManager;
import org.keycloak.services.managers.AuthenticationManager;

/**
 * Who calls a protected endpoint. Keycloak authenticates nothing under a RealmResourceProvider, so
 * every protected method starts here: the bearer token is verified against the request's realm
 * (a token of another realm is refused), its user session must be live, and the user enabled.
 */
public record Caller(UserModel user, AccessToken token, ClientModel client) {

    public static Caller authenticate(KeycloakSession session) {
        AuthenticationManager.AuthResult auth = new AppAuthManager.BearerTokenAuthenticator(session).authenticate();
        if (auth == null || auth.getUser() == null || !auth.getUser().isEnabled()) {
            throw ApiException.unauthorized();
        }
        return new Caller(auth.getUser(), auth.getToken(), auth.getClient());
    }

    /** 403 unless the caller has {@code roleName} in {@code realm} (directly, by group or composite). */
    public Caller requireRealmRole(RealmModel realm, String roleName) {
        RoleModel role = realm.getRole(roleName);
        if (role == null || !user.hasRole(role)) {
            throw ApiException.forbidden();
        }
        return this;
    }
}
