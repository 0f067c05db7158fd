package org.tinaccess.server;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.jboss.logging.Logger;
import org.keycloak.admin.client.Keycloak;
import org.tinaccess.portal.ExamplePortal;
import org.tinaccess.portal.PortalSettings;

/**
 * The run command: a local mail catcher, then Keycloak with TIN Access on embedded H2 (kept in the
 * distribution's data/ folder, so it survives a restart), then the demo accounts, then the example
 * relying portal that activation and sign-in lead to. Ctrl-C stops all.
 */
public final class DevServer {

    private static final Logger LOG = Logger.getLogger(DevServer.class);

    private DevServer() {}

    public static void main(String[] args) throws Exception {
        Map<String, String> options = parse(args);
        Path keycloakHome = Path.of(options.get("keycloak-home"));
        int httpPort = Integer.parseInt(options.getOrDefault("http-port", "8080"));
        int smtpPort = Integer.parseInt(options.getOrDefault("smtp-port", "3025"));
        URI portalUrl = URI.create(options.getOrDefault("portal-url", "http://localhost:3000"));
        Path mailDir = Path.of(options.get("mail-dir"));
        // PIN letters (US Mail proof of a TIN) as PDF files next to the mails.
        Path letterDir = mailDir.toAbsolutePath().resolveSibling("letters");

        GreenMail smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        MailFolder mailFolder = MailFolder.attach(smtp, mailDir);

        KeycloakProcess keycloak;
        try {
            keycloak = KeycloakProcess.start(new KeycloakProcess.Options(keycloakHome)
                    .httpPort(httpPort)
                    .managementPort(httpPort + 920)
                    .environment("TA_SMTP_HOST", "127.0.0.1")
                    .environment("TA_SMTP_PORT", String.valueOf(smtpPort))
                    .environment("TA_PORTAL_URL", portalUrl.toString())
                    .argument("--spi-letter-sender--file--directory=" + letterDir));
        } catch (RuntimeException e) {
            // Keycloak did not start (a bad realm file, say): stop the mail catcher too, or its
            // threads would keep the run command hanging after the error.
            mailFolder.close();
            smtp.stop();
            throw e;
        }
        AtomicReference<ExamplePortal> portal = new AtomicReference<>();
        // Registered before anything else can fail, so that no Keycloak process outlives the run command.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            Optional.ofNullable(portal.get()).ifPresent(ExamplePortal::close);
            keycloak.close();
            mailFolder.close();
            smtp.stop();
        }, "tin-access-shutdown"));

        try (Keycloak admin = Keycloak.getInstance(keycloak.baseUrl(), "master", KeycloakProcess.BOOTSTRAP_ADMIN,
                KeycloakProcess.BOOTSTRAP_PASSWORD, "admin-cli")) {
            DemoAccounts.apply(admin, Path.of(options.get("dev-data")));
        }
        portal.set(startPortal(new PortalSettings(portalUrl, URI.create(keycloak.baseUrl() + "/realms/" + DemoAccounts.REALM),
                PortalSettings.CLIENT_ID, PortalSettings.DEV_CLIENT_SECRET)));

        LOG.infof("%n%n  TIN Access is running.%n"
                + "  Example portal: %4$s%n"
                + "  Portal realm:   %1$s/realms/%2$s/account%n"
                + "  Admin console:  %1$s/admin/  (admin / admin)%n"
                + "  Demo reviewer:  reviewer@provider-portal.example / Lake-Superior-26%n"
                + "  Mails:          %3$s  (also listed here as they arrive)%n"
                + "  PIN letters:    %5$s%n"
                + "  Ctrl-C stops everything.%n",
                keycloak.baseUrl(), DemoAccounts.REALM, mailDir, portal.get() == null ? "(not started, see above)" : portal.get().url(), letterDir);
        keycloak.waitFor();
    }

    /** Keycloak is useful without the portal, so a portal that cannot start is reported, not fatal. */
    private static ExamplePortal startPortal(PortalSettings settings) {
        try {
            return ExamplePortal.start(settings);
        } catch (UncheckedIOException e) {
            LOG.errorf("The example portal could not start at %s (%s): is another program using port %d?", settings.portalUrl(),
                    e.getCause().getMessage(), settings.port());
        } catch (IllegalStateException e) {
            LOG.errorf(e, "The example portal could not start at %s", settings.portalUrl());
        }
        return null;
    }

    private static Map<String, String> parse(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (String arg : args) {
            int eq = arg.indexOf('=');
            if (!arg.startsWith("--") || eq < 0) {
                throw new IllegalArgumentException("Expected --name=value, got " + arg);
            }
            options.put(arg.substring(2, eq), arg.substring(eq + 1));
        }
        return options;
    }
}
