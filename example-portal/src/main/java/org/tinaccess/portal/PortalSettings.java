package org.tinaccess.portal;

import java.net.URI;
import java.util.Map;

/**
 * Where the portal answers and which realm client it signs people in with. The names and defaults
 * are those of realm-config's {@code provider-portal} client, so the run command needs no setting.
 *
 * @param portalUrl    the portal's base URL, the realm's {@code TA_PORTAL_URL} (redirect URIs {@code <portalUrl>/*})
 * @param issuer       the realm's issuer URL, whose {@code .well-known/openid-configuration} tells the rest
 * @param clientId     the confidential OIDC client of the realm
 * @param clientSecret its secret
 */
public record PortalSettings(URI portalUrl, URI issuer, String clientId, String clientSecret) {

    public static final String CLIENT_ID = "provider-portal";
    /** realm-config's development default of {@code TA_PORTAL_CLIENT_SECRET}: set your own in production. */
    public static final String DEV_CLIENT_SECRET = "dev-only-portal-secret";

    public PortalSettings {
        portalUrl = URI.create(portalUrl.toString().replaceAll("/+$", ""));
        issuer = URI.create(issuer.toString().replaceAll("/+$", ""));
    }

    /**
     * From {@code TA_PORTAL_URL}, {@code TA_ISSUER}, {@code TA_PORTAL_CLIENT_ID} and
     * {@code TA_PORTAL_CLIENT_SECRET}, with the run command's values as defaults.
     */
    public static PortalSettings fromEnvironment(Map<String, String> environment) {
        return new PortalSettings(
                URI.create(environment.getOrDefault("TA_PORTAL_URL", "http://localhost:3000")),
                URI.create(environment.getOrDefault("TA_ISSUER", "http://localhost:8080/realms/provider-portal")),
                environment.getOrDefault("TA_PORTAL_CLIENT_ID", CLIENT_ID),
                environment.getOrDefault("TA_PORTAL_CLIENT_SECRET", DEV_CLIENT_SECRET));
    }

    /** Where the realm sends people back with a code: one of the client's redirect URIs. */
    public URI callback() {
        return URI.create(portalUrl + PortalRoutes.CALLBACK);
    }

    /** Where the realm sends people after signing out (the client's post-logout redirect URIs are its redirect URIs). */
    public URI signedOut() {
        return URI.create(portalUrl + PortalRoutes.SIGNED_OUT);
    }

    /** Keycloak's account console of the realm: profile, password, second factors, and the TIN Access pages. */
    public URI accountConsole() {
        return URI.create(issuer + "/account");
    }

    public int port() {
        int port = portalUrl.getPort();
        return port > 0 ? port : 80;
    }
}
