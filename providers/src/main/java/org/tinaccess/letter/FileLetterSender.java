package org.tinaccess.letter;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.jboss.logging.Logger;
import org.keycloak.Config;
import org.keycloak.models.KeycloakSession;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.provider.ProviderConfigurationBuilder;

/**
 * The default: each letter becomes a PDF file in a folder ({@code --spi-letter-sender--file--directory},
 * by default {@code data/letters} under Keycloak's home), for the plan's mail room to print. In a
 * cluster, point every node at one shared folder, or use the {@code http} sender.
 */
public class FileLetterSender implements LetterSender, LetterSenderFactory {

    public static final String PROVIDER_ID = "file";
    private static final Logger LOG = Logger.getLogger(FileLetterSender.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS").withZone(ZoneOffset.UTC);

    private Path directory;

    @Override
    public void send(Letter letter) throws LetterSendException {
        try {
            Files.createDirectories(directory);
            Path file = directory.resolve(STAMP.format(Instant.now()) + "-" + letter.reference().replaceAll("[^A-Za-z0-9-]", "_") + ".pdf");
            Files.write(file, letter.pdf(), StandardOpenOption.CREATE_NEW);
            LOG.infof("Letter %s written to %s", letter.reference(), file);
        } catch (IOException e) {
            throw new LetterSendException("Could not write letter " + letter.reference() + " into " + directory, e);
        }
    }

    @Override
    public LetterSender create(KeycloakSession session) {
        return this;
    }

    @Override
    public void init(Config.Scope config) {
        String configured = config.get("directory");
        directory = configured != null && !configured.isBlank() ? Path.of(configured)
                : Path.of(System.getProperty("kc.home.dir", "."), "data", "letters");
    }

    @Override
    public void close() {
        // both the provider and its factory: nothing held
    }

    @Override
    public String getId() {
        return PROVIDER_ID;
    }

    /** Keycloak picks the highest order as the default provider when none is configured. */
    @Override
    public int order() {
        return 1;
    }

    @Override
    public List<ProviderConfigProperty> getConfigMetadata() {
        return ProviderConfigurationBuilder.create()
                .property().name("directory").type(ProviderConfigProperty.STRING_TYPE)
                .helpText("Folder the PDF letters are written to (default: data/letters under Keycloak's home).").add()
                .build();
    }
}
