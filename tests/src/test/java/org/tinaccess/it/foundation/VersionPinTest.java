package org.tinaccess.it.foundation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * docker-compose, the Dockerfile and the account console's npm packages are not built against the
 * pom's Keycloak version, so nothing else would notice them drifting from it; this does. It compares
 * with the pinned version this run's build was given (keycloak.pinned.version, from the pom), not
 * with a literal: a run on the older supported minor (-Pkeycloak-26.6) checks the same pin.
 */
class VersionPinTest {

    @ParameterizedTest(name = "{0} names the pinned Keycloak version")
    @CsvSource(delimiter = '|', value = {
        "docker/Dockerfile | ARG KEYCLOAK_VERSION=(\\S+)",
        "docker-compose.yml | KEYCLOAK_VERSION: \"([^\"]+)\"",
        "themes/account-console/package.json | \"@keycloak/keycloak-account-ui\": \"([^\"]+)\"",
        "themes/account-console/package.json | \"@keycloak/keycloak-ui-shared\": \"([^\"]+)\"",
    })
    void deploymentFileNamesThePinnedKeycloakVersion(String file, String pattern) throws IOException {
        String pinned = System.getProperty("keycloak.pinned.version");
        assertNotNull(pinned, "the build passes keycloak.pinned.version");
        String text = Files.readString(Path.of(System.getProperty("tin-access.root", "..")).resolve(file));
        Matcher matcher = Pattern.compile(pattern).matcher(text);
        assertTrue(matcher.find(), file + " should name a Keycloak version");
        assertEquals(pinned, matcher.group(1));
    }
}
