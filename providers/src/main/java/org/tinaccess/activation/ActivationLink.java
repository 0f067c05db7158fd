package org.tinaccess.activation;

import java.time.Duration;
import java.util.UUID;
import org.keycloak.common.util.Time;
import org.keycloak.models.ClientModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.protocol.oidc.utils.RedirectUtils;
import org.keycloak.services.resources.LoginActionsService;
import org.tinaccess.settings.TinAccessSettings;

/** Issues activation links. Each issue replaces the user's nonce, which voids every earlier link. */
public final class ActivationLink {

    /** The user attribute holding the nonce of the one link that still works. */
    public static final String NONCE_ATTRIBUTE = "tinAccess.activationNonce";
    /** The client the activated user lands on, a realm attribute; the example portal by default. */
    public static final String PORTAL_CLIENT_ATTRIBUTE = "tinAccess.portalClient";
    public static final String DEFAULT_PORTAL_CLIENT = "provider-portal";

    private ActivationLink() {}

    /** A link for {@code user}, valid for the realm's activation lifespan; returns the URL. */
    public static String issue(KeycloakSession session, RealmModel realm, UserModel user) {
        Duration lifespan = TinAccessSettings.from(realm::getAttribute).activationLifespan();
        UUID nonce = UUID.randomUUID();
        user.setSingleAttribute(NONCE_ATTRIBUTE, nonce.toString());
        ClientModel portal = portal(realm);
        String landing = portal == null ? null
                : RedirectUtils.verifyRedirectUri(session, portal.getBaseUrl(), portal);
        ActivationActionToken token = new ActivationActionToken(user.getId(), user.getEmail(),
                Time.currentTime() + (int) lifespan.toSeconds(), nonce, portal == null ? null : portal.getClientId(), landing);
        return LoginActionsService.actionTokenProcessor(session.getContext().getUri())
                .queryParam("key", token.serialize(session, realm, session.getContext().getUri()))
                .build(realm.getName())
                .toString();
    }

    /** The relying portal activated people land on ({@code tinAccess.portalClient}), if the realm has it. */
    public static ClientModel portal(RealmModel realm) {
        String clientId = realm.getAttribute(PORTAL_CLIENT_ATTRIBUTE);
        return realm.getClientByClientId(clientId == null || clientId.isBlank() ? DEFAULT_PORTAL_CLIENT : clientId.strip());
    }
}
