package org.tinaccess.it.support;

import java.io.IOException;
import java.nio.file.Path;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.Optional;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.resource.RealmResource;
import org.tinaccess.portal.ExamplePortal;
import org.tinaccess.portal.PortalSettings;
import org.tinaccess.server.DemoAccounts;

/**
 * What a test gets: the run command's world, with ports of its own. The one Keycloak server of this
 * test run with TIN Access installed and the run command's demo accounts, its admin client, the SMTP
 * inbox the realm mails to (and the mail folder it fills), the example portal the realm's
 * provider-portal client points at and, where reachable, its database.
 */
public final class TinAccessServer implements AutoCloseable {

    public static final String REALM = TestSettings.REALM;

    private final Inbox inbox;
    private final PhoneGateway phones;
    private final ServerBackend backend;
    private final ExamplePortal portal;

    /** Also one node's view of a {@link TinAccessCluster}: the cluster's inbox, gateway and portal, this node's address. */
    TinAccessServer(Inbox inbox, PhoneGateway phones, ServerBackend backend, ExamplePortal portal) {
        this.inbox = inbox;
        this.phones = phones;
        this.backend = backend;
        this.portal = portal;
    }

    static TinAccessServer start() {
        Inbox inbox = Inbox.start(FreePorts.next(), TestSettings.workDir().resolve("mail"));
        PhoneGateway phones = PhoneGateway.start();
        URI portalUrl = URI.create("http://localhost:" + FreePorts.next());
        ServerBackend backend = null;
        try {
            backend = switch (TestSettings.server()) {
                case "distribution" -> DistributionBackend.start(inbox.port(), portalUrl, phones.keycloakOptions("127.0.0.1"));
                case "container" -> ContainerBackend.start(inbox.port(), portalUrl, phones);
                default -> throw new IllegalStateException("keycloak.server must be distribution or container, not " + TestSettings.server());
            };
            // Before the demo accounts, so that their passwords are hashed at the test realm's cost too.
            TestRealmSettings.apply(backend.adminClient().realm(REALM));
            DemoAccounts.apply(backend.adminClient(), TestSettings.devData());
            ExamplePortal portal = ExamplePortal.start(new PortalSettings(portalUrl, URI.create(backend.baseUrl() + "/realms/" + REALM),
                    PortalSettings.CLIENT_ID, PortalSettings.DEV_CLIENT_SECRET));
            return new TinAccessServer(inbox, phones, backend, portal);
        } catch (IOException e) {
            if (backend != null) {
                backend.close();
            }
            inbox.close();
            phones.close();
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            if (backend != null) {
                backend.close();
            }
            inbox.close();
            phones.close();
            throw e;
        }
    }

    /** Where the server's {@code file} letter sender writes PIN letters (PDF). */
    public static Path lettersFolder() {
        return TestSettings.workDir().resolve("letters").toAbsolutePath();
    }

    /** The SMS/voice gateway the server's phone codes go to. */
    public PhoneGateway phones() {
        return phones;
    }

    public String baseUrl() {
        return backend.baseUrl();
    }

    /** The example portal, where the realm's provider-portal client sends people (the run command's http://localhost:3000). */
    public String portalUrl() {
        return portal.url().toString();
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
            portal.close();
            backend.close();
        } finally {
            inbox.close();
            phones.close();
        }
    }
}
