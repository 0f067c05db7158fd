package org.tinaccess.verify;

import java.util.Optional;
import org.keycloak.common.util.Time;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.representations.JsonWebToken;
import org.keycloak.services.Urls;
import org.tinaccess.settings.VerificationSettings;
import org.tinaccess.store.AccessRequestEntity;

/**
 * The link in the acknowledgement e-mail that leads to the PIN page: a token signed with the
 * realm's keys naming the request, so the PIN page knows whose PIN is typed without a session, and
 * only the holder of that mailbox gets there. It lives as long as a PIN, plus a day.
 */
public final class PinLink {

    static final String TYPE = "tin-access-pin-link";

    private PinLink() {}

    /** The token: a JWT whose subject is the request id. */
    public static final class Token extends JsonWebToken {
        public Token() {
            // for JSON
        }
    }

    public static String issue(KeycloakSession session, RealmModel realm, AccessRequestEntity request) {
        Token token = new Token();
        token.id(org.keycloak.models.utils.KeycloakModelUtils.generateId());
        token.type(TYPE);
        token.subject(request.getId());
        token.issuer(issuer(session, realm));
        token.iat((long) Time.currentTime());
        token.exp((long) Time.currentTime() + VerificationSettings.of(realm).pinLifespan().toSeconds() + 86_400);
        return session.getContext().getUri().getBaseUriBuilder().path("realms").path(realm.getName()).path("tin-access").path("pin")
                .queryParam("key", session.tokens().encode(token)).build().toString();
    }

    /** The request id the link names, when {@code key} is a link of this realm that has not expired. */
    public static Optional<String> requestId(KeycloakSession session, RealmModel realm, String key) {
        if (key == null || key.isBlank()) {
            return Optional.empty();
        }
        Token token;
        try {
            token = session.tokens().decode(key, Token.class);
        } catch (RuntimeException malformed) {
            return Optional.empty();
        }
        if (token == null || !TYPE.equals(token.getType()) || !issuer(session, realm).equals(token.getIssuer()) || !token.isActive()
                || token.getSubject() == null) {
            return Optional.empty();
        }
        return Optional.of(token.getSubject());
    }

    private static String issuer(KeycloakSession session, RealmModel realm) {
        return Urls.realmIssuer(session.getContext().getUri().getBaseUri(), realm.getName());
    }
}
