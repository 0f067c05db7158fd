package org.tinaccess.it.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A key written twice in a bundle is silently the later one (java.util.Properties keeps the last),
 * so one page's label quietly became another's: every key of our bundles is written once.
 */
class MessageBundleKeysTest {

    @ParameterizedTest
    @ValueSource(strings = {"login", "email", "account"})
    void everyKeyOfTheBundleIsWrittenOnce(String theme) throws IOException {
        String resource = "theme/tin-access/" + theme + "/messages/messages_en.properties";
        Set<String> seen = new HashSet<>();
        Set<String> twice = new TreeSet<>();
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(resource)) {
            assertNotNull(in, resource + " is not in the themes jar");
            List<String> lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList();
            for (String line : lines) {
                String trimmed = line.strip();
                if (trimmed.isEmpty() || trimmed.startsWith("#") || trimmed.startsWith("!") || !trimmed.contains("=")) {
                    continue;
                }
                String key = trimmed.substring(0, trimmed.indexOf('=')).strip();
                if (!seen.add(key)) {
                    twice.add(key);
                }
            }
        }
        assertEquals(Set.of(), twice, resource + " writes these keys more than once");
    }

    /** Login and e-mail texts pass through MessageFormat, which drops a lone apostrophe ("agency's" reads "agencys"). */
    @ParameterizedTest
    @ValueSource(strings = {"login", "email"})
    void everyApostropheOfTheMessageFormatBundlesIsDoubled(String theme) throws IOException {
        String resource = "theme/tin-access/" + theme + "/messages/messages_en.properties";
        Set<String> lone = new TreeSet<>();
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(resource)) {
            assertNotNull(in, resource + " is not in the themes jar");
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().map(String::strip)
                    .filter(line -> !line.startsWith("#") && !line.startsWith("!") && line.contains("="))
                    .filter(line -> LONE_APOSTROPHE.matcher(line.substring(line.indexOf('=') + 1)).find())
                    .forEach(line -> lone.add(line.substring(0, line.indexOf('=')).strip()));
        }
        assertEquals(Set.of(), lone, resource + ": write '' for an apostrophe in these keys");
    }

    private static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");
}
