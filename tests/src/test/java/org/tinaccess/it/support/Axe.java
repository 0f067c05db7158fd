package org.tinaccess.it.support;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.NoSuchFrameException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * axe-core's WCAG 2.0 and 2.1, A and AA rules (Section 508's bar), run on the page as it is now, with
 * the current axe-core: the one the account console's build installs from npm (pinned in its
 * package.json), newer than the one Deque's Java binding carries; rules that were experimental
 * there are part of the bar here. Without that build (the console skipped) the binding's own is
 * used, and a CI run refuses that.
 *
 * <p>axe runs in the page itself ({@code axe.run}, frames included): it is put into the page and
 * its frames once, and only the violations come back. Deque's binding put the 560 KB script in
 * again for every check and brought back every rule's results, passes included: the two
 * accessibility classes took 354 s with it on H2 here, 197 s this way, with the same rules.
 */
public final class Axe {

    /** Where the console's build puts npm's axe-core, under the project's root. */
    static final Path SCRIPT = Path.of("themes", "account-console", "node_modules", "axe-core", "axe.min.js");

    private static final String SOURCE = source();

    /** WCAG 2.1 A and AA; best-practice and AAA rules are not part of the bar. */
    public static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    /**
     * The rules of that bar that depend on colour alone. A second colour scheme changes colours and
     * nothing else of the page, so it is checked against these; every rule runs on the first.
     */
    public static final List<String> COLOUR_RULES = List.of("color-contrast", "link-in-text-block");

    /** One line per violation: the rule's id, how many elements, its help text and the first element's selector. */
    private static final String RUN = """
            var done = arguments[arguments.length - 1];
            axe.run(document, arguments[0]).then(function (results) {
              done(results.violations.map(function (v) {
                return v.id + ' ' + v.nodes.length + '\u00d7 ' + v.help + ' at ' + JSON.stringify(v.nodes[0].target);
              }));
            }, function (error) { done(['axe-core could not check the page: ' + error]); });
            """;

    private Axe() {}

    /** One line per violated rule: its id, how many elements, its help text and the first element's selector. */
    public static List<String> violations(Chromium chromium) {
        return run(chromium, Map.of("type", "tag", "values", WCAG_21_AA));
    }

    /** The axe-core version that checks the pages (the test engine's own word). */
    public static String engineVersion(Chromium chromium) {
        inject(chromium.driver());
        return String.valueOf(chromium.driver().executeScript("return axe.version"));
    }

    /** As {@link #violations(Chromium)}, for the {@link #COLOUR_RULES} only. */
    public static List<String> colourViolations(Chromium chromium) {
        return run(chromium, Map.of("type", "rule", "values", COLOUR_RULES));
    }

    @SuppressWarnings("unchecked")
    private static List<String> run(Chromium chromium, Map<String, Object> runOnly) {
        ChromeDriver driver = chromium.driver();
        inject(driver);
        Object answer = driver.executeAsyncScript(RUN, Map.of("runOnly", runOnly, "resultTypes", List.of("violations")));
        if (!(answer instanceof List<?> lines)) {
            throw new IllegalStateException("axe-core answered " + answer);
        }
        return (List<String>) lines;
    }

    /** Puts axe-core into the page and each of its frames where it is not yet: axe.run checks frames through their own copy. */
    private static void inject(ChromeDriver driver) {
        String missing = "return typeof window.axe === 'undefined'";
        if (Boolean.TRUE.equals(driver.executeScript(missing))) {
            driver.executeScript(SOURCE);
        }
        List<WebElement> frames = driver.findElements(By.tagName("iframe"));
        for (WebElement frame : frames) {
            try {
                driver.switchTo().frame(frame);
                if (Boolean.TRUE.equals(driver.executeScript(missing))) {
                    driver.executeScript(SOURCE);
                }
            } catch (StaleElementReferenceException | NoSuchFrameException gone) {
                // a frame the page took away meanwhile (keycloak-js's short-lived checks) is no part of it now
            } finally {
                driver.switchTo().defaultContent();
            }
        }
    }

    private static String source() {
        Path script = Path.of(System.getProperty("tin-access.root", "..")).resolve(SCRIPT);
        try {
            if (Files.isRegularFile(script)) {
                return Files.readString(script);
            }
            if ("true".equals(System.getenv("CI"))) {
                throw new IllegalStateException("axe-core is not at " + script + ": build the account console (themes) first");
            }
            try (InputStream bundled = Axe.class.getResourceAsStream("/axe.min.js")) {
                if (bundled == null) {
                    throw new IllegalStateException("no axe-core: build the account console (themes) first");
                }
                return new String(bundled.readAllBytes(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void assertClean(Chromium chromium, String page) {
        List<String> violations = violations(chromium);
        assertTrue(violations.isEmpty(), page + ": " + violations);
    }
}
