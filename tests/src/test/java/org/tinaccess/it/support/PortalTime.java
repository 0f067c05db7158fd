package org.tinaccess.it.support;

import java.time.Duration;
import java.util.Map;

/**
 * Moves the time idle accounts and access reviews are judged by, on every node of the server: the
 * realm attribute the server's settable clock reads (started with the option only tests set). Closing
 * puts the clock back.
 */
public final class PortalTime {

    public static final String OFFSET = "tinAccess.clockOffset";

    private PortalTime() {}

    /** The clock {@code ahead} of real time until the returned settings are closed. */
    public static RealmSettings ahead(TinAccessServer server, Duration ahead) {
        return RealmSettings.temporarily(server, Map.of(OFFSET, ahead.toString()));
    }
}
