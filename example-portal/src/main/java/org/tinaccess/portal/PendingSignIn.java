package org.tinaccess.portal;

import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.openid.connect.sdk.Nonce;

/**
 * The secrets of one sign-in between the redirect to the realm and the callback: the state ties the
 * callback to this browser, the nonce the ID token to this request, the PKCE verifier the code to
 * this portal. Each is random and used once.
 */
public record PendingSignIn(State state, Nonce nonce, CodeVerifier verifier) {

    public static PendingSignIn create() {
        return new PendingSignIn(new State(), new Nonce(), new CodeVerifier());
    }
}
