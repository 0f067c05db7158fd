package org.tinaccess.it.support;

import java.util.Optional;
import org.keycloak.admin.client.Keycloak;

/** A running Keycloak with TIN Access installed, however it was started. */
interface ServerBackend extends AutoCloseable {

    String baseUrl();

    Keycloak adminClient();

    /** The server's database as seen from the test JVM, when the backend makes it reachable. */
    Optional<TestDatabase> database();

    /** The last lines the server logged, to explain a failure. */
    String logTail(int lines);

    @Override
    void close();
}
