package org.tinaccess.portal;

import com.sun.net.httpserver.HttpExchange;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The portal's sessions, kept in memory and found by a random id in an HttpOnly cookie. Enough for
 * an example on one machine; a portal with several nodes keeps them in its shared session store.
 */
final class PortalSessions {

    /** Its own name: on localhost the realm's cookies and the portal's share one cookie jar (cookies ignore ports). */
    static final String COOKIE = "tin_access_example_portal";

    private final Map<String, PortalSession> sessions = new ConcurrentHashMap<>();
    private final boolean secureCookies;

    PortalSessions(boolean secureCookies) {
        this.secureCookies = secureCookies;
    }

    Optional<PortalSession> find(HttpExchange exchange) {
        return cookie(exchange).map(sessions::get);
    }

    PortalSession findOrStart(HttpExchange exchange) {
        return find(exchange).orElseGet(() -> {
            PortalSession session = new PortalSession();
            sessions.put(session.id(), session);
            // Lax: the realm's redirect back to the callback is a top-level navigation, which still carries it.
            exchange.getResponseHeaders().add("Set-Cookie", COOKIE + "=" + session.id() + "; Path=/; HttpOnly; SameSite=Lax"
                    + (secureCookies ? "; Secure" : ""));
            return session;
        });
    }

    void end(HttpExchange exchange, PortalSession session) {
        sessions.remove(session.id());
        exchange.getResponseHeaders().add("Set-Cookie", COOKIE + "=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax");
    }

    /** Ends every sign-in a back-channel logout token names; answers how many. */
    int endedByRealm(String subject, String realmSession) {
        int ended = 0;
        for (PortalSession session : sessions.values()) {
            SignedIn person = session.person();
            if (person != null && person.endedBy(subject, realmSession)) {
                session.endedByRealm();
                ended++;
            }
        }
        return ended;
    }

    private static Optional<String> cookie(HttpExchange exchange) {
        for (String header : exchange.getRequestHeaders().getOrDefault("Cookie", List.of())) {
            for (String pair : header.split(";")) {
                String[] nameValue = pair.strip().split("=", 2);
                if (nameValue.length == 2 && nameValue[0].equals(COOKIE)) {
                    return Optional.of(nameValue[1]);
                }
            }
        }
        return Optional.empty();
    }
}
