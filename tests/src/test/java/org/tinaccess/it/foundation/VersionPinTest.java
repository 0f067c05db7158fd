package org.tinaccess.it.foundation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * docker-compose cannot run here, so nothing would notice it drifting from the pom's one Keycloak
 * version; this does.
 */
class VersionPinTest {

    @ParameterizedTest(name = "{0} uses the pom's Keycloak version")
    @CsvSource(delimiter = '|', value = {
        "docker/Dockerfile | ARG KEYCLOAK_VERSION=(\\S+)",
        "docker-compose.yml | KEYCLOAK_VERSION: \"([^\"]+)\"",
    })
    void deploymentFileUsesThePinnedKeycloakVersion(String file, String pattern) throws IOException {
        String text = Files.readString(Path.of(System.getProperty("tin-access.root", "..")).resolve(file));
        Matcher matcher = Pattern.compile(pattern).matcher(text);
        assertEquals(true, matcher.find(), file + " should name a Keycloak version");
        assertEquals(System.getProperty("keycloak.version"), matcher.group(1));
    }
}
