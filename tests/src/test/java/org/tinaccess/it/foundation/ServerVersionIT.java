package org.tinaccess.it.foundation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.tinaccess.it.support.IntegrationTest;
import org.tinaccess.it.support.OnBothMinors;
import org.tinaccess.it.support.TinAccessServer;

/**
 * The suite proves TIN Access on the Keycloak version this run was built for (the pinned one, or
 * the older supported minor with -Pkeycloak-26.6), not on a server left over from another build.
 */
@OnBothMinors
@IntegrationTest
class ServerVersionIT {

    @Test
    void theServerIsTheKeycloakVersionOfThisRun(TinAccessServer server) {
        assertEquals(System.getProperty("keycloak.version"), server.admin().serverInfo().getInfo().getSystemInfo().getVersion());
    }
}
