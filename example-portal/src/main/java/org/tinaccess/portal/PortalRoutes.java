package org.tinaccess.portal;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import org.jboss.logging.Logger;

/** The portal's addresses: what each answers, who must be signed in, and the security headers of every page. */
final class PortalRoutes implements HttpHandler {

    static final String SIGN_IN = "/sign-in";
    static final String CALLBACK = "/callback";
    static final String SIGN_OUT = "/sign-out";
    static final String SIGNED_OUT = "/signed-out";
    /** The client's back-channel logout URL in the realm. */
    static final String BACKCHANNEL_LOGOUT = "/backchannel-logout";
    static final String STYLES = "/portal.css";

    private static final Logger LOG = Logger.getLogger(PortalRoutes.class);

    private final PortalSettings settings;
    private final OidcSignIn oidc;
    private final PortalSessions sessions;
    private final byte[] styles;
    private final String contentSecurityPolicy;

    PortalRoutes(PortalSettings settings, OidcSignIn oidc, PortalSessions sessions) throws IOException {
        this.settings = settings;
        this.oidc = oidc;
        this.sessions = sessions;
        // The sign-out form's answer redirects to the realm, which form-action must allow as well.
        URI realm = settings.issuer();
        this.contentSecurityPolicy = "default-src 'self'; frame-ancestors 'none'; form-action 'self' "
                + realm.getScheme() + "://" + realm.getAuthority();
        try (InputStream css = PortalRoutes.class.getResourceAsStream("portal.css")) {
            this.styles = css.readAllBytes();
        }
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String route = exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath();
            switch (route) {
                case "GET /" -> html(exchange, 200, Pages.home(settings, sessions.find(exchange).orElse(null)));
                case "GET " + SIGN_IN -> signIn(exchange);
                case "GET " + CALLBACK -> callback(exchange);
                case "POST " + SIGN_OUT -> signOut(exchange);
                case "GET " + SIGNED_OUT -> html(exchange, 200, Pages.signedOut());
                case "POST " + BACKCHANNEL_LOGOUT -> backchannelLogout(exchange);
                case "GET " + STYLES -> send(exchange, 200, "text/css; charset=utf-8", styles);
                default -> html(exchange, 404, Pages.problem("Page not found", "There is no page at this address."));
            }
        } catch (RuntimeException e) {
            LOG.error("Portal page failed", e);
            throw e;
        }
    }

    private void signIn(HttpExchange exchange) throws IOException {
        PendingSignIn pending = PendingSignIn.create();
        sessions.findOrStart(exchange).startSignIn(pending);
        redirect(exchange, oidc.start(pending));
    }

    private void callback(HttpExchange exchange) throws IOException {
        Optional<PortalSession> session = sessions.find(exchange);
        PendingSignIn pending = session.map(PortalSession::pending).orElse(null);
        if (pending == null) {
            html(exchange, 400, Pages.problem("Sign-in not completed", "This browser did not start a sign-in here, or it was already used. Please sign in again."));
            return;
        }
        try {
            SignedIn person = oidc.finish(URI.create(settings.portalUrl() + exchange.getRequestURI().toString()), pending);
            session.get().signedIn(person);
            redirect(exchange, URI.create("/"));
        } catch (OidcSignIn.SignInFailed e) {
            LOG.warnf("Sign-in failed: %s", e.getMessage());
            html(exchange, 400, "access_denied".equals(e.getMessage()) ? Pages.signInDeclined()
                    : Pages.problem("Sign-in not completed", "The sign-in could not be completed. Please sign in again."));
        }
    }

    private void signOut(HttpExchange exchange) throws IOException {
        Optional<PortalSession> session = sessions.find(exchange);
        SignedIn person = session.map(PortalSession::person).orElse(null);
        if (person == null) {
            redirect(exchange, URI.create("/"));
            return;
        }
        if (!sameToken(session.get().formToken(), formField(exchange, "token"))) {
            html(exchange, 403, Pages.problem("Not signed out", "This sign-out did not come from the portal's own page."));
            return;
        }
        sessions.end(exchange, session.get());
        redirect(exchange, oidc.signOut(person));
    }

    /**
     * The realm tells the portal, server to server, that sign-ins must end: the person signed out
     * elsewhere, or some of their access was taken away. The portal ends each sign-in the token names;
     * the person's next page says so and their next sign-in reads the claim anew. No cookie, no form
     * token: the signed logout token is the proof.
     */
    private void backchannelLogout(HttpExchange exchange) throws IOException {
        String token = formField(exchange, "logout_token");
        try {
            var claims = oidc.logoutToken(token == null ? "" : token);
            int ended = sessions.endedByRealm(claims.getSubject() == null ? null : claims.getSubject().getValue(),
                    claims.getSessionID() == null ? null : claims.getSessionID().getValue());
            LOG.infof("Back-channel logout from the realm: %d sign-in(s) ended", ended);
            send(exchange, 200, "text/plain; charset=utf-8", new byte[0]);
        } catch (OidcSignIn.SignInFailed e) {
            LOG.warnf("Back-channel logout refused: %s", e.getMessage());
            send(exchange, 400, "application/json", "{\"error\":\"invalid_request\"}".getBytes(StandardCharsets.UTF_8));
        }
    }

    private static boolean sameToken(String expected, String given) {
        return given != null && MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
    }

    private static String formField(HttpExchange exchange, String name) throws IOException {
        String body = new String(exchange.getRequestBody().readNBytes(16_384), StandardCharsets.UTF_8);
        for (String pair : body.split("&")) {
            String[] nameValue = pair.split("=", 2);
            if (nameValue.length == 2 && URLDecoder.decode(nameValue[0], StandardCharsets.UTF_8).equals(name)) {
                return URLDecoder.decode(nameValue[1], StandardCharsets.UTF_8);
            }
        }
        return null;
    }

    private void redirect(HttpExchange exchange, URI location) throws IOException {
        exchange.getResponseHeaders().set("Location", location.toString());
        send(exchange, 303, "text/plain; charset=utf-8", new byte[0]);
    }

    private void html(HttpExchange exchange, int status, String page) throws IOException {
        send(exchange, status, "text/html; charset=utf-8", page.getBytes(StandardCharsets.UTF_8));
    }

    private void send(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        var headers = exchange.getResponseHeaders();
        headers.set("Content-Type", contentType);
        headers.set("Cache-Control", "no-store");
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("Content-Security-Policy", contentSecurityPolicy);
        // The callback's address holds a code: never hand it on as a referrer.
        headers.set("Referrer-Policy", "no-referrer");
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }
}
