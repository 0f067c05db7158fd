package org.tinaccess.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.jboss.logging.Logger;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.representations.idm.PartialImportRepresentation;

/**
 * The run command: a local mail catcher, then Keycloak with TIN Access on embedded H2 (kept in the
 * distribution's data/ folder, so it survives a restart), then the demo accounts. Ctrl-C stops all.
 */
public final class DevServer {

    private static final Logger LOG = Logger.getLogger(DevServer.class);
    private static final String REALM = "provider-portal";

    private DevServer() {}

    public static void main(String[] args) throws Exception {
        Map<String, String> options = parse(args);
        Path keycloakHome = Path.of(options.get("keycloak-home"));
        int httpPort = Integer.parseInt(options.getOrDefault("http-port", "8080"));
        int smtpPort = Integer.parseInt(options.getOrDefault("smtp-port", "3025"));
        Path mailDir = Path.of(options.get("mail-dir"));

        GreenMail smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        MailFolder mailFolder = MailFolder.attach(smtp, mailDir);

        KeycloakProcess keycloak;
        try {
            keycloak = KeycloakProcess.start(new KeycloakProcess.Options(keycloakHome)
                    .httpPort(httpPort)
                    .managementPort(httpPort + 920)
                    .environment("TA_SMTP_HOST", "127.0.0.1")
                    .environment("TA_SMTP_PORT", String.valueOf(smtpPort)));
        } catch (RuntimeException e) {
            // Keycloak did not start (a bad realm file, say): stop the mail catcher too, or its
            // threads would keep the run command hanging after the error.
            mailFolder.close();
            smtp.stop();
            throw e;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            keycloak.close();
            mailFolder.close();
            smtp.stop();
        }, "tin-access-shutdown"));

        importDemoAccounts(keycloak.baseUrl(), Path.of(options.get("dev-data")));
        LOG.infof("%n%n  TIN Access is running.%n"
                + "  Portal realm:   %1$s/realms/%2$s/account%n"
                + "  Admin console:  %1$s/admin/  (admin / admin)%n"
                + "  Demo reviewer:  reviewer@provider-portal.example / Lake-Superior-26%n"
                + "  Mails:          %3$s  (also listed here as they arrive)%n"
                + "  Ctrl-C stops everything.%n",
                keycloak.baseUrl(), REALM, mailDir);
        keycloak.waitFor();
    }

    /** Demo accounts live in realm-config/dev/ and are added with Keycloak's partial import. */
    private static void importDemoAccounts(String baseUrl, Path devData) throws IOException {
        if (!Files.isDirectory(devData)) {
            return;
        }
        ObjectMapper json = new ObjectMapper();
        try (Keycloak admin = Keycloak.getInstance(baseUrl, "master", KeycloakProcess.BOOTSTRAP_ADMIN,
                KeycloakProcess.BOOTSTRAP_PASSWORD, "admin-cli");
                var files = Files.list(devData)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                PartialImportRepresentation data = json.readValue(file.toFile(), PartialImportRepresentation.class);
                admin.realm(REALM).partialImport(data).close();
                LOG.infof("Demo data applied from %s", file.getFileName());
            }
        }
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
