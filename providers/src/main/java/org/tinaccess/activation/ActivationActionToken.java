package org.tinaccess.activation;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.UUID;
import org.keycloak.authentication.actiontoken.DefaultActionToken;

/**
 * The "Activate account" link of the approval e-mail: names the user, the portal client
 * to land on and a nonce that must still be the user's current one, so sending a new link
 * invalidates the old. Keycloak makes it single use (see the handler).
 */
public class ActivationActionToken extends DefaultActionToken {

    public static final String TOKEN_TYPE = "tin-access-activation";
    private static final String JSON_FIELD_REDIRECT_URI = "reduri";

    public ActivationActionToken(String userId, String email, int absoluteExpirationInSecs, UUID nonce, String clientId, String redirectUri) {
        super(userId, TOKEN_TYPE, absoluteExpirationInSecs, nonce);
        setEmail(email);
        setRedirectUri(redirectUri);
        this.issuedFor = clientId;
    }

    /** For Jackson, when Keycloak reads a token back from a link. */
    private ActivationActionToken() {}

    @JsonProperty(JSON_FIELD_REDIRECT_URI)
    public String getRedirectUri() {
        return (String) getOtherClaims().get(JSON_FIELD_REDIRECT_URI);
    }

    @JsonProperty(JSON_FIELD_REDIRECT_URI)
    public final void setRedirectUri(String redirectUri) {
        if (redirectUri == null) {
            getOtherClaims().remove(JSON_FIELD_REDIRECT_URI);
        } else {
            setOtherClaims(JSON_FIELD_REDIRECT_URI, redirectUri);
        }
    }
}
