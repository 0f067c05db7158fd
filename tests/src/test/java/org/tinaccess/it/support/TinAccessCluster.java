package org.tinaccess.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.tinaccess.portal.ExamplePortal;
import org.tinaccess.portal.PortalSettings;
import org.tinaccess.server.DemoAccounts;
import org.tinaccess.server.KeycloakProcess;

/**
 * Two Keycloak nodes started from the pinned distribution with {@code kc.sh start} (production
 * mode), clustered through Infinispan with JGroups' JDBC_PING discovery on the one PostgreSQL
 * database they share, on loopback ports: what docs/admin-guide.md's cluster section runs on real hosts.
 * One mail server, phone gateway and portal for both, as behind a load balancer. Each node is seen
 * through a {@link TinAccessServer}, so the single-server helpers work against either node. The
 * nodes take their hostname from each request (there is no load balancer to name), so a token is
 * accepted by the node that issued it only: its issuer names that node's port. Behind a load
 * balancer every node has the one hostname and any node accepts any token.
 */
public final class TinAccessCluster implements AutoCloseable {

    public static final int NODES = 2;
    /** JGroups' failure detection listens on the transport port plus 50000, so the transport port stays low. */
    private static final int FIRST_TRANSPORT_PORT = 7800;
    private static final Duration START_TIMEOUT = Duration.ofMinutes(6);

    private final Inbox inbox;
    private final PhoneGateway phones;
    private final TestDatabase database;
    private final URI portalUrl;
    private final List<DistributionBackend> backends = new ArrayList<>();
    private ExamplePortal portal;

    private TinAccessCluster(Inbox inbox, PhoneGateway phones, TestDatabase database, URI portalUrl) {
        this.inbox = inbox;
        this.phones = phones;
        this.database = database;
        this.portalUrl = portalUrl;
    }

    static TinAccessCluster start() {
        if (!"postgres".equals(TestSettings.database())) {
            throw new IllegalStateException("The cluster runs on PostgreSQL only (mvn verify -Pcluster sets keycloak.test.db=postgres)");
        }
        TinAccessCluster cluster = new TinAccessCluster(Inbox.start(FreePorts.next(), TestSettings.workDir().resolve("mail")),
                PhoneGateway.start(), TestDatabase.forRun(), URI.create("http://localhost:" + FreePorts.next()));
        try {
            // The shared distribution is built for production mode once, outside the nodes' readiness
            // timeout; then one node after the other: the first imports the realm, the second finds it.
            KeycloakProcess.build(cluster.nodeOptions(1));
            for (int node = 1; node <= NODES; node++) {
                cluster.backends.add(cluster.startNode(node));
            }
            TestRealmSettings.apply(cluster.backends.get(0).adminClient().realm(TestSettings.REALM));
            DemoAccounts.apply(cluster.backends.get(0).adminClient(), TestSettings.devData());
            cluster.portal = ExamplePortal.start(new PortalSettings(cluster.portalUrl,
                    URI.create(cluster.backends.get(0).baseUrl() + "/realms/" + TestSettings.REALM), PortalSettings.CLIENT_ID,
                    PortalSettings.DEV_CLIENT_SECRET));
            return cluster;
        } catch (IOException e) {
            cluster.close();
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            cluster.close();
            throw e;
        }
    }

    /** Node 1 or 2, as a server of its own (its own address and admin client; the cluster's inbox and phones). */
    public TinAccessServer node(int number) {
        return new TinAccessServer(inbox, phones, backends.get(number - 1), portal);
    }

    /** Ends node {@code number} at once, as a crash would. */
    public void kill(int number) {
        backends.get(number - 1).kill();
    }

    /**
     * Starts node {@code number} again (after {@link #kill}) at its address, as a restarted host comes
     * back; it rejoins the cluster, and the portal, whose realm is node 1's address, reaches it again.
     */
    public void restart(int number) {
        int port = URI.create(backends.get(number - 1).baseUrl()).getPort();
        backends.get(number - 1).close();
        try {
            backends.set(number - 1, DistributionBackend.startNode(database, nodeOptions(number).httpPort(port)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every node's log, as the lines logged so far. */
    public List<String> logLines() {
        List<String> lines = new ArrayList<>();
        for (int node = 1; node <= NODES; node++) {
            try {
                lines.addAll(Files.readAllLines(logFile(node)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return lines;
    }

    /** The last lines of every node's log, to explain a failure. */
    String logTail(int lines) {
        StringBuilder tail = new StringBuilder();
        for (int node = 1; node <= backends.size(); node++) {
            tail.append("--- node ").append(node).append(" ---").append(System.lineSeparator()).append(backends.get(node - 1).logTail(lines))
                    .append(System.lineSeparator());
        }
        return tail.toString();
    }

    private DistributionBackend startNode(int number) throws IOException {
        return DistributionBackend.startNode(database, nodeOptions(number));
    }

    private KeycloakProcess.Options nodeOptions(int number) throws IOException {
        KeycloakProcess.Options options = DistributionBackend.options(database, inbox.port(), portalUrl, logFile(number).getFileName().toString())
                .production()
                // Two servers starting on two busy cores: the realm import and migrations take a while.
                .startTimeout(START_TIMEOUT)
                .argument("--cache=ispn")
                // JGroups' JDBC_PING: the nodes find each other through a table of the Keycloak database.
                .argument("--cache-stack=jdbc-ping")
                .argument("--cache-embedded-network-bind-address=127.0.0.1")
                .argument("--cache-embedded-network-bind-port=" + FreePorts.nextFrom(FIRST_TRANSPORT_PORT))
                // OncePerInterval logs each run at DEBUG, PortalSignOut each notice: the tests count them.
                .argument("--log-level=INFO,org.tinaccess.jobs:debug,org.tinaccess.revocation:debug");
        phones.keycloakOptions("127.0.0.1").forEach(options::argument);
        return options;
    }

    private static Path logFile(int number) {
        return TestSettings.workDir().resolve("keycloak-node-" + number + ".log");
    }

    @Override
    public void close() {
        try {
            if (portal != null) {
                portal.close();
            }
            backends.forEach(DistributionBackend::close);
        } finally {
            database.close();
            inbox.close();
            phones.close();
        }
    }
}
