package org.tinaccess.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.RealmRepresentation;
import org.tinaccess.settings.FormLimits;

/**
 * What a test gets: the one Keycloak server of this test run with TIN Access installed, its admin
 * client, the SMTP inbox the realm mails to and, where reachable, its database.
 */
public final class TinAccessServer implements AutoCloseable {

    public static final String REALM = TestSettings.REALM;

    private final Inbox inbox;
    private final PhoneGateway phones;
    private final ServerBackend backend;

    private TinAccessServer(Inbox inbox, PhoneGateway phones, ServerBackend backend) {
        this.inbox = inbox;
        this.phones = phones;
        this.backend = backend;
    }

    static TinAccessServer start() {
        Inbox inbox = Inbox.start(FreePorts.next());
        PhoneGateway phones = PhoneGateway.start();
        try {
            ServerBackend backend = switch (TestSettings.server()) {
                case "distribution" -> DistributionBackend.start(inbox.port(), phones.keycloakOptions("127.0.0.1"));
                case "container" -> ContainerBackend.start(inbox.port(), phones);
                default -> throw new IllegalStateException("keycloak.server must be distribution or container, not " + TestSettings.server());
            };
            TinAccessServer server = new TinAccessServer(inbox, phones, backend);
            server.allowEveryFormFromOneAddress();
            return server;
        } catch (IOException e) {
            inbox.close();
            phones.close();
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            inbox.close();
            phones.close();
            throw e;
        }
    }

    /**
     * Every test request comes from 127.0.0.1, so the per-address limit of the public forms (20 an
     * hour by default) would stop the suite; the tests of that limit lower it again themselves.
     */
    private void allowEveryFormFromOneAddress() {
        RealmRepresentation realm = realm().toRepresentation();
        realm.getAttributes().put(FormLimits.PER_ADDRESS_PER_HOUR, "100000");
        realm().update(realm);
    }

    /** The SMS/voice gateway the server's phone codes go to. */
    public PhoneGateway phones() {
        return phones;
    }

    public String baseUrl() {
        return backend.baseUrl();
    }

    /** {@code http://host:port/realms/provider-portal} */
    public String realmUrl() {
        return baseUrl() + "/realms/" + REALM;
    }

    public Keycloak admin() {
        return backend.adminClient();
    }

    public RealmResource realm() {
        return admin().realm(REALM);
    }

    public Inbox inbox() {
        return inbox;
    }

    public Optional<TestDatabase> database() {
        return backend.database();
    }

    String logTail(int lines) {
        return backend.logTail(lines);
    }

    @Override
    public void close() {
        try {
            backend.close();
        } finally {
            inbox.close();
            phones.close();
        }
    }
}
