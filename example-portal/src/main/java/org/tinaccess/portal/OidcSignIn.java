package org.tinaccess.portal;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.GeneralException;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.token.BearerAccessToken;
import com.nimbusds.openid.connect.sdk.AuthenticationErrorResponse;
import com.nimbusds.openid.connect.sdk.AuthenticationRequest;
import com.nimbusds.openid.connect.sdk.AuthenticationResponse;
import com.nimbusds.openid.connect.sdk.AuthenticationResponseParser;
import com.nimbusds.openid.connect.sdk.AuthenticationSuccessResponse;
import com.nimbusds.openid.connect.sdk.LogoutRequest;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponse;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponseParser;
import com.nimbusds.openid.connect.sdk.UserInfoRequest;
import com.nimbusds.openid.connect.sdk.UserInfoResponse;
import com.nimbusds.openid.connect.sdk.claims.UserInfo;
import com.nimbusds.openid.connect.sdk.claims.IDTokenClaimsSet;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import com.nimbusds.openid.connect.sdk.claims.LogoutTokenClaimsSet;
import com.nimbusds.openid.connect.sdk.validators.IDTokenValidator;
import com.nimbusds.openid.connect.sdk.validators.LogoutTokenValidator;
import com.nimbusds.jwt.JWTParser;
import java.io.IOException;
import java.net.URI;

/**
 * The portal's whole use of OIDC, through the Nimbus OAuth 2.0 / OpenID Connect SDK: the
 * authorization-code flow with PKCE S256, state and nonce; the code traded for tokens with the
 * client secret; the ID token's signature, issuer, audience, expiry and nonce checked against the
 * realm's published keys; the {@code tins} claim read from the userinfo endpoint; RP-initiated
 * logout; and the realm's back-channel logout tokens, checked like ID tokens. Everything about the
 * realm comes from discovery.
 */
final class OidcSignIn {

    /** {@code profile} and {@code email} for the greeting; the {@code tins} claim comes from the client's own mapper, in userinfo. */
    private static final Scope SCOPE = new Scope("openid", "profile", "email");
    private static final int TIMEOUT_MILLIS = 10_000;

    private final PortalSettings settings;
    private final OIDCProviderMetadata realm;
    private final IDTokenValidator idTokens;
    private final LogoutTokenValidator logoutTokens;

    private OidcSignIn(PortalSettings settings, OIDCProviderMetadata realm, IDTokenValidator idTokens, LogoutTokenValidator logoutTokens) {
        this.settings = settings;
        this.realm = realm;
        this.idTokens = idTokens;
        this.logoutTokens = logoutTokens;
    }

    /** Reads the realm's discovery document; the realm must be up. */
    static OidcSignIn discover(PortalSettings settings) throws IOException, GeneralException {
        Issuer issuer = new Issuer(settings.issuer());
        OIDCProviderMetadata realm = OIDCProviderMetadata.resolve(issuer, TIMEOUT_MILLIS, TIMEOUT_MILLIS);
        // Keycloak signs ID tokens with RS256 unless the client says otherwise.
        IDTokenValidator idTokens = new IDTokenValidator(realm.getIssuer(), new ClientID(settings.clientId()), JWSAlgorithm.RS256,
                realm.getJWKSetURI().toURL());
        LogoutTokenValidator logoutTokens = new LogoutTokenValidator(realm.getIssuer(), new ClientID(settings.clientId()), JWSAlgorithm.RS256,
                realm.getJWKSetURI().toURL());
        return new OidcSignIn(settings, realm, idTokens, logoutTokens);
    }

    /** Where to send the browser to sign in. */
    URI start(PendingSignIn pending) {
        return new AuthenticationRequest.Builder(ResponseType.CODE, SCOPE, new ClientID(settings.clientId()), settings.callback())
                .endpointURI(realm.getAuthorizationEndpointURI())
                .state(pending.state())
                .nonce(pending.nonce())
                .codeChallenge(pending.verifier(), CodeChallengeMethod.S256)
                .build()
                .toURI();
    }

    /** Completes the sign-in the realm redirected back with, or says why it cannot. */
    SignedIn finish(URI callback, PendingSignIn pending) throws SignInFailed {
        try {
            AuthenticationResponse response = AuthenticationResponseParser.parse(callback);
            if (!pending.state().equals(response.getState())) {
                throw new SignInFailed("the answer does not belong to a sign-in this browser started");
            }
            if (response instanceof AuthenticationErrorResponse error) {
                throw new SignInFailed(error.getErrorObject().getCode());
            }
            AuthenticationSuccessResponse success = response.toSuccessResponse();
            TokenRequest tokenRequest = new TokenRequest.Builder(realm.getTokenEndpointURI(),
                    new ClientSecretBasic(new ClientID(settings.clientId()), new Secret(settings.clientSecret())),
                    new AuthorizationCodeGrant(success.getAuthorizationCode(), settings.callback(), pending.verifier()))
                    .build();
            var http = tokenRequest.toHTTPRequest();
            http.setConnectTimeout(TIMEOUT_MILLIS);
            http.setReadTimeout(TIMEOUT_MILLIS);
            TokenResponse tokenResponse = OIDCTokenResponseParser.parse(http.send());
            if (!tokenResponse.indicatesSuccess()) {
                throw new SignInFailed("the realm refused the code: " + tokenResponse.toErrorResponse().getErrorObject().getCode());
            }
            var tokens = ((OIDCTokenResponse) tokenResponse.toSuccessResponse()).getOIDCTokens();
            IDTokenClaimsSet claims = idTokens.validate(tokens.getIDToken(), pending.nonce());
            UserInfo userInfo = userInfo(tokens.getBearerAccessToken());
            // The userinfo answer is about the person the ID token names, or about nobody this sign-in may trust.
            if (!claims.getSubject().equals(userInfo.getSubject())) {
                throw new SignInFailed("the userinfo answer names another person");
            }
            return new SignedIn(claims.getSubject().getValue(), claims.getSessionID() == null ? null : claims.getSessionID().getValue(),
                    claims.getStringClaim("name"), claims.getStringClaim("email"), TinGrant.fromClaim(userInfo.getClaim("tins")),
                    tokens.getIDToken());
        } catch (ParseException | IOException | BadJOSEException | JOSEException e) {
            throw new SignInFailed(e.getMessage());
        }
    }

    /**
     * The realm's userinfo for the access token just issued. The {@code tins} claim is in the access
     * token and userinfo, not in the ID token: a person with hundreds of TINs would otherwise carry it
     * twice in every token response.
     */
    private UserInfo userInfo(BearerAccessToken accessToken) throws IOException, ParseException, SignInFailed {
        var http = new UserInfoRequest(realm.getUserInfoEndpointURI(), accessToken).toHTTPRequest();
        http.setConnectTimeout(TIMEOUT_MILLIS);
        http.setReadTimeout(TIMEOUT_MILLIS);
        UserInfoResponse response = UserInfoResponse.parse(http.send());
        if (!response.indicatesSuccess()) {
            throw new SignInFailed("the realm refused the userinfo request: " + response.toErrorResponse().getErrorObject().getCode());
        }
        return response.toSuccessResponse().getUserInfo();
    }

    /** Where to send the browser so that the realm ends its session too and sends the person back. */
    URI signOut(SignedIn person) {
        return new LogoutRequest(realm.getEndSessionEndpointURI(), person.idToken(), settings.signedOut(), null).toURI();
    }

    /**
     * The realm's back-channel logout: a logout token signed with the realm's keys, for this client,
     * naming the person ({@code sub}) and the realm session ({@code sid}) whose sign-in here must end.
     * Keycloak sends one when the person signs out elsewhere and when TIN Access takes some of their
     * access away.
     */
    LogoutTokenClaimsSet logoutToken(String token) throws SignInFailed {
        try {
            return logoutTokens.validate(JWTParser.parse(token));
        } catch (java.text.ParseException | BadJOSEException | JOSEException e) {
            throw new SignInFailed(e.getMessage());
        }
    }

    /** A sign-in that cannot complete; the message is for the log, the person sees a plain page. */
    static final class SignInFailed extends Exception {
        SignInFailed(String reason) {
            super(reason);
        }
    }
}
