package org.tinaccess.it.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Our login theme's buttons.ftl replaces keycloak.v2's on Keycloak's own pages too (login, OTP,
 * update password, WebAuthn, terms...). The integration tests open only some of those pages, so
 * this draws every button call of keycloak.v2's templates of this run's Keycloak version with
 * Keycloak's macro and with ours, and compares the HTML.
 */
class ButtonsMacroTest {

    private static final String KEYCLOAK_LOGIN = "theme/keycloak.v2/login";
    private static final Pattern CALL = Pattern.compile("<@buttons\\.(button|buttonLink|loginButton|actionGroup)\\b[^>]*>");

    private static final ButtonTemplates KEYCLOAKS = new ButtonTemplates(KEYCLOAK_LOGIN, model());
    private static final ButtonTemplates OURS = new ButtonTemplates("theme/tin-access/login", model());

    static Stream<Arguments> keycloakButtonCalls() throws IOException {
        URL login = resource(KEYCLOAK_LOGIN + "/login.ftl");
        JarURLConnection connection = (JarURLConnection) login.openConnection();
        connection.setUseCaches(false);
        String version = System.getProperty("keycloak.version");
        assertTrue(connection.getJarFileURL().getPath().endsWith("keycloak-themes-" + version + ".jar"),
                "keycloak.v2 of this run's Keycloak " + version + ", not " + connection.getJarFileURL());
        List<Arguments> calls = new ArrayList<>();
        try (JarFile jar = connection.getJarFile()) {
            jar.stream()
                    .filter(entry -> entry.getName().startsWith(KEYCLOAK_LOGIN + "/") && entry.getName().endsWith(".ftl"))
                    .forEach(entry -> {
                        Matcher call = CALL.matcher(text(jar, entry.getName()));
                        while (call.find()) {
                            calls.add(Arguments.of(entry.getName().substring(KEYCLOAK_LOGIN.length() + 1), closed(call.group())));
                        }
                    });
        }
        assertFalse(calls.isEmpty(), "keycloak.v2's login templates call buttons.ftl");
        return calls.stream();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("keycloakButtonCalls")
    void everyButtonOfKeycloaksOwnPagesIsDrawnAsKeycloakDrawsIt(String template, String call) {
        List<String> keycloaks = elements(KEYCLOAKS.draw(call));
        List<String> ours = elements(OURS.draw(call));

        if (namesNoKindOrWidth(call)) {
            // 26.6 drew such a button narrow, 26.7 full width; ours is full width on both.
            assertTrue(ours.stream().anyMatch(element -> element.contains("pf-m-block")), ours.toString());
            keycloaks = withoutBlock(keycloaks);
            ours = withoutBlock(ours);
        }
        assertEquals(keycloaks, ours, template + ": " + call);
    }

    @Test
    void ourPagesChooseKindAndWidthWithoutEitherBecomingAnAttribute() {
        Element button = Jsoup.parseBodyFragment(OURS.draw(
                "<@buttons.button id=\"ta-back\" name=\"back\" label=\"requestBack\" type=\"secondary\" fullWidth=false/>")).selectFirst("button");

        assertEquals(Set.of("pf-v5-c-button", "pf-m-secondary"), button.classNames());
        assertEquals(List.of("class", "name", "id", "type"), button.attributes().asList().stream().map(a -> a.getKey()).toList());
        assertEquals("submit", button.attr("type"));
        assertEquals("requestBack", button.text());
    }

    private static boolean namesNoKindOrWidth(String call) {
        return call.startsWith("<@buttons.button ") && !call.matches(".*\\b(class|type|fullWidth)=.*");
    }

    /** Each element as its tag, attributes and (as a set) classes; whitespace does not count. */
    private static List<String> elements(String html) {
        return Jsoup.parseBodyFragment(html).body().select("*").stream()
                .skip(1)
                .map(element -> element.tagName() + element.attributes().asList().stream()
                        .filter(attribute -> !attribute.getKey().equals("class"))
                        .map(attribute -> " " + attribute.getKey() + "=" + attribute.getValue())
                        .collect(Collectors.joining()) + " class=" + new TreeSet<>(element.classNames()) + " text=" + element.ownText())
                .toList();
    }

    private static List<String> withoutBlock(List<String> elements) {
        return elements.stream().map(element -> element.replace(", pf-m-block", "").replace("pf-m-block, ", "")).toList();
    }

    /** An actionGroup call opens a body; close it empty. */
    private static String closed(String call) {
        return call.endsWith("/>") ? call : call + "</@buttons.actionGroup>";
    }

    /** What a keycloak.v2 login page gives its templates, as far as buttons.ftl reads it. */
    private static Map<String, Object> model() {
        Properties properties = new Properties();
        try (InputStream in = resource(KEYCLOAK_LOGIN + "/theme.properties").openStream()) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.of("properties", properties, "url", Map.of("loginUrl", "/realms/provider-portal/login"));
    }

    private static URL resource(String name) {
        URL url = ButtonsMacroTest.class.getClassLoader().getResource(name);
        if (url == null) {
            throw new IllegalStateException(name + " is not on the test class path");
        }
        return url;
    }

    private static String text(JarFile jar, String name) {
        try (InputStream in = jar.getInputStream(jar.getEntry(name))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
