package org.tinaccess.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.jboss.logging.Logger;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.representations.idm.PartialImportRepresentation;

/**
 * The run command's demo accounts (realm-config/dev/, e.g. the demo reviewer), added with Keycloak's
 * partial import, which skips what already exists. The integration tests add them the same way, so
 * a test can walk the README with the accounts it names.
 */
public final class DemoAccounts {

    public static final String REALM = "provider-portal";

    private static final Logger LOG = Logger.getLogger(DemoAccounts.class);

    private DemoAccounts() {}

    public static void apply(Keycloak admin, Path devData) throws IOException {
        if (!Files.isDirectory(devData)) {
            return;
        }
        ObjectMapper json = new ObjectMapper();
        try (Stream<Path> files = Files.list(devData)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                PartialImportRepresentation data = json.readValue(file.toFile(), PartialImportRepresentation.class);
                admin.realm(REALM).partialImport(data).close();
                LOG.infof("Demo data applied from %s", file.getFileName());
            }
        }
    }
}
