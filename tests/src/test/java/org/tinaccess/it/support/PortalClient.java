package org.tinaccess.it.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

/**
 * An OIDC client of the realm doing the authorization-code flow with PKCE S256: by default the
 * example relying portal of realm-config ({@code provider-portal}, confidential; the test trades
 * the code itself, so the example portal running at its redirect URI never sees it); its twin
 * without a back-channel logout URL (a portal that cannot be told of a change and reads it at its
 * next refresh); or Keycloak's own account console (public), whose tokens the TIN Access API accepts.
 */
public final class PortalClient {

    public static final String CLIENT_ID = "provider-portal";
    /** The dev-only default of realm-config's TA_PORTAL_CLIENT_SECRET. */
    public static final String CLIENT_SECRET = "dev-only-portal-secret";
    /** The test realm's twin of {@link #CLIENT_ID} without a back-channel logout URL (TestRealmSettings), same secret. */
    public static final String WITHOUT_LOGOUT_URL = "portal-without-logout-url";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String realmUrl;
    private final String clientId;
    private final String secret;
    private final String redirectUri;
    private final String verifier = random(48);
    private final String state = random(16);

    public PortalClient(TinAccessServer server) {
        this(server.realmUrl(), CLIENT_ID, CLIENT_SECRET, server.portalUrl() + "/callback");
    }

    private PortalClient(String realmUrl, String clientId, String secret, String redirectUri) {
        this.realmUrl = realmUrl;
        this.clientId = clientId;
        this.secret = secret;
        this.redirectUri = redirectUri;
    }

    /** The portal's client as the realm file defines it, in another realm of the server (one the file's settings were added to). */
    public static PortalClient inRealm(TinAccessServer server, String realm) {
        return new PortalClient(server.baseUrl() + "/realms/" + realm, CLIENT_ID, CLIENT_SECRET, server.portalUrl() + "/callback");
    }

    /** The portal's twin without a back-channel logout URL: it keeps its sessions when access narrows, and refreshes them. */
    public static PortalClient withoutLogoutUrl(TinAccessServer server) {
        return new PortalClient(server.realmUrl(), WITHOUT_LOGOUT_URL, CLIENT_SECRET, server.portalUrl() + "/callback");
    }

    /** Keycloak's account console of the realm: a public client that lands back on the server itself. */
    public static PortalClient accountConsole(String realmUrl) {
        return new PortalClient(realmUrl, "account-console", null, realmUrl + "/account/");
    }

    /**
     * An access token of the account console for whoever is signed in to {@code browser} (single
     * sign-on, no page to fill in): what the console's pages send to the TIN Access API.
     */
    public static String consoleToken(String realmUrl, WebSession browser) {
        PortalClient console = accountConsole(realmUrl);
        WebSession.Page landed = browser.get(console.authorizationUrl());
        return console.exchange(landed.leftServerTo() != null ? landed.leftServerTo() : landed.uri()).get("access_token").asText();
    }

    public String redirectUri() {
        return redirectUri;
    }

    public String authorizationUrl() {
        return realmUrl + "/protocol/openid-connect/auth?" + FormPost.encode(Map.of(
                "client_id", clientId,
                "redirect_uri", redirectUri,
                "response_type", "code",
                "scope", "openid",
                "state", state,
                "code_challenge", challenge(verifier),
                "code_challenge_method", "S256"));
    }

    /** Checks the callback's state and trades its code for tokens. */
    public JsonNode exchange(URI callback) {
        Map<String, String> query = Query.parse(callback.getRawQuery());
        if (!state.equals(query.get("state")) || query.get("code") == null) {
            throw new AssertionError("State mismatch on " + callback);
        }
        Map<String, String> parameters = new HashMap<>(Map.of(
                "grant_type", "authorization_code",
                "code", query.get("code"),
                "redirect_uri", redirectUri,
                "client_id", clientId,
                "code_verifier", verifier));
        if (secret != null) {
            parameters.put("client_secret", secret);
        }
        return tokenRequest(parameters);
    }

    /** A refresh grant of the client that got the token, as a portal does when the access token runs out; answers the status and body. */
    public static Map.Entry<Integer, String> refresh(String realmUrl, String refreshToken) {
        String clientId = claims(refreshToken).path("azp").asText(CLIENT_ID);
        return tokenEndpoint(realmUrl, Map.of("grant_type", "refresh_token", "refresh_token", refreshToken, "client_id", clientId,
                "client_secret", CLIENT_SECRET));
    }

    /** Any grant at the realm's token endpoint; answers the status and body, whatever they are. */
    public static Map.Entry<Integer, String> tokenEndpoint(String realmUrl, Map<String, String> parameters) {
        FormPost.Answer answer = FormPost.send(realmUrl + "/protocol/openid-connect/token", parameters);
        return Map.entry(answer.status(), answer.body());
    }

    private JsonNode tokenRequest(Map<String, String> parameters) {
        FormPost.Answer answer = FormPost.send(realmUrl + "/protocol/openid-connect/token", parameters);
        if (answer.status() != 200) {
            throw new AssertionError("Token endpoint answered " + answer.status() + ": " + answer.body());
        }
        try {
            return JSON.readTree(answer.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The claims of a JWT, read without checking the signature (the test trusts its own server). */
    public static JsonNode claims(String jwt) {
        try {
            return JSON.readTree(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String challenge(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String random(int bytes) {
        byte[] value = new byte[bytes];
        RANDOM.nextBytes(value);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(value);
    }
}
