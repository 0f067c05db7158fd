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
 * The token must also be meant for this API: {@value #AUDIENCE} in its {@code aud}. In the shipped
 * realm only the account console's tokens carry it (client role {@code tin-access-api/console},
 * scope-mapped to {@code account-console}, turned into an audience by Keycloak's audience-resolve
 * mapper), so a relying portal's token, valid as it is, cannot drive the API.
 */
public record Caller(UserModel user, AccessToken token, ClientModel client) {

    /** The client id of the API's audience client in the realm. */
    public static final String AUDIENCE = "tin-access-api";

    public static Caller authenticate(KeycloakSession session) {
        AuthenticationManager.AuthResult auth = new AppAuthManager.BearerTokenAuthenticator(session).authenticate();
        if (auth == null || auth.getUser() == null || !auth.getUser().isEnabled() || !auth.getToken().hasAudience(AUDIENCE)) {
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
