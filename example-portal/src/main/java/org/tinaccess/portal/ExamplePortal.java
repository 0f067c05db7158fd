package org.tinaccess.portal;

import com.nimbusds.oauth2.sdk.GeneralException;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.jboss.logging.Logger;

/**
 * A small relying portal for the provider-portal realm, served by the JDK's own HTTP server: the
 * home page signs people in with OIDC and shows their TINs from the {@code tins} claim, links to the
 * account console, and signs them out of the portal and the realm together. The run command starts
 * it next to Keycloak; {@link #main} runs it on its own against any realm ({@link PortalSettings}).
 */
public final class ExamplePortal implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(ExamplePortal.class);

    private final HttpServer server;
    private final ExecutorService workers;
    private final PortalSettings settings;

    private ExamplePortal(HttpServer server, ExecutorService workers, PortalSettings settings) {
        this.server = server;
        this.workers = workers;
        this.settings = settings;
    }

    /** Reads the realm's discovery document (the realm must be up) and starts answering on the portal URL's port. */
    public static ExamplePortal start(PortalSettings settings) {
        try {
            PortalRoutes routes = new PortalRoutes(settings, OidcSignIn.discover(settings),
                    new PortalSessions("https".equals(settings.portalUrl().getScheme())));
            HttpServer server = HttpServer.create(new InetSocketAddress(settings.portalUrl().getHost(), settings.port()), 0);
            ExecutorService workers = Executors.newFixedThreadPool(4, runnable -> {
                Thread thread = new Thread(runnable, "example-portal");
                thread.setDaemon(true);
                return thread;
            });
            server.createContext("/", routes);
            server.setExecutor(workers);
            server.start();
            LOG.infof("Example portal at %s (client %s of %s)", settings.portalUrl(), settings.clientId(), settings.issuer());
            return new ExamplePortal(server, workers, settings);
        } catch (IOException e) {
            throw new UncheckedIOException("The example portal could not start at " + settings.portalUrl(), e);
        } catch (GeneralException e) {
            throw new IllegalStateException("The realm's discovery document at " + settings.issuer() + " could not be read", e);
        }
    }

    public URI url() {
        return settings.portalUrl();
    }

    @Override
    public void close() {
        server.stop(0);
        workers.shutdownNow();
    }

    /** On its own: {@code TA_PORTAL_URL}, {@code TA_ISSUER}, {@code TA_PORTAL_CLIENT_ID}, {@code TA_PORTAL_CLIENT_SECRET}. */
    public static void main(String[] args) {
        ExamplePortal portal = start(PortalSettings.fromEnvironment(System.getenv()));
        Runtime.getRuntime().addShutdownHook(new Thread(portal::close, "example-portal-shutdown"));
    }
}
