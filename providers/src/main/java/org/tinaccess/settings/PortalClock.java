package org.tinaccess.settings;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import org.jboss.logging.Logger;
import org.keycloak.Config;
import org.keycloak.common.util.Time;
import org.keycloak.models.RealmModel;

/**
 * The time by which slow rules are judged: idle accounts and access reviews, and the sign-ins they
 * count from. It is Keycloak's own time ({@link Time}), unless the server was started with
 * {@code --spi-realm-restapi-extension--tin-access--settable-clock=true}: then the realm attribute
 * {@value #OFFSET} (an ISO-8601 duration such as {@code P31D}) moves it ahead for that realm, so a test
 * environment can see a month pass without waiting, on every node at once (realm attributes are
 * cluster-wide). Keycloak's own offset is not used: it would age every token and session with it.
 * Production servers never set the option, and the attribute is then ignored.
 */
public final class PortalClock {

    public static final String OFFSET = "tinAccess.clockOffset";
    /** The server option that lets {@link #OFFSET} count. */
    public static final String SETTABLE_OPTION = "settable-clock";
    private static final Logger LOG = Logger.getLogger(PortalClock.class);

    private PortalClock() {}

    /** Epoch milliseconds now, for {@code realm}. */
    public static long now(RealmModel realm) {
        return Time.currentTimeMillis() + offset(realm).toMillis();
    }

    static Duration offset(RealmModel realm) {
        if (!settable()) {
            return Duration.ZERO;
        }
        String raw = realm.getAttribute(OFFSET);
        if (raw == null || raw.isBlank()) {
            return Duration.ZERO;
        }
        try {
            return Duration.parse(raw.strip());
        } catch (DateTimeParseException e) {
            LOG.warnf("Invalid %s '%s' (expected an ISO-8601 duration such as P31D); ignored", OFFSET, raw);
            return Duration.ZERO;
        }
    }

    private static boolean settable() {
        Config.Scope scope = Config.scope("realm-restapi-extension", "tin-access");
        return scope != null && Boolean.TRUE.equals(scope.getBoolean(SETTABLE_OPTION, false));
    }
}
