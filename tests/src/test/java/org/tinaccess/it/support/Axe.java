package org.tinaccess.it.support;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.providers.StringAxeScriptProvider;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * axe-core's WCAG 2.0 and 2.1, A and AA rules (Section 508's bar), run on the page as it is now, with
 * the current axe-core: the one the account console's build installs from npm (pinned in its
 * package.json), newer than the one Deque's Java binding carries; rules that were experimental
 * there are part of the bar here. Without that build (the console skipped) the binding's own is
 * used, and a CI run refuses that.
 */
public final class Axe {

    /** Where the console's build puts npm's axe-core, under the project's root. */
    static final Path SCRIPT = Path.of("themes", "account-console", "node_modules", "axe-core", "axe.min.js");

    private static final Optional<String> CURRENT = current();

    /** WCAG 2.1 A and AA; best-practice and AAA rules are not part of the bar. */
    public static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    /**
     * The rules of that bar that depend on colour alone. A second colour scheme changes colours and
     * nothing else of the page, so it is checked against these; every rule runs on the first.
     */
    public static final List<String> COLOUR_RULES = List.of("color-contrast", "link-in-text-block");

    private Axe() {}

    /** One line per violated rule: its id, how many elements, its help text and the first element's selector. */
    public static List<String> violations(Chromium chromium) {
        return lines(builder().withTags(WCAG_21_AA).analyze(chromium.driver()));
    }

    /** The axe-core version that checks the pages (the test engine's own word). */
    public static String engineVersion(Chromium chromium) {
        return builder().withOnlyRules(List.of("document-title")).analyze(chromium.driver()).getTestEngine().getVersion();
    }

    /** As {@link #violations(Chromium)}, for the {@link #COLOUR_RULES} only. */
    public static List<String> colourViolations(Chromium chromium) {
        return lines(builder().withOnlyRules(COLOUR_RULES).analyze(chromium.driver()));
    }

    private static AxeBuilder builder() {
        AxeBuilder builder = new AxeBuilder();
        CURRENT.ifPresent(script -> builder.setAxeScriptProvider(new StringAxeScriptProvider(script)));
        return builder;
    }

    private static Optional<String> current() {
        Path script = Path.of(System.getProperty("tin-access.root", "..")).resolve(SCRIPT);
        if (!Files.isRegularFile(script)) {
            if ("true".equals(System.getenv("CI"))) {
                throw new IllegalStateException("axe-core is not at " + script + ": build the account console (themes) first");
            }
            return Optional.empty();
        }
        try {
            return Optional.of(Files.readString(script));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> lines(Results results) {
        return results.getViolations().stream()
                .map(violation -> violation.getId() + " " + violation.getNodes().size() + "× " + violation.getHelp() + " at "
                        + violation.getNodes().get(0).getTarget())
                .toList();
    }

    public static void assertClean(Chromium chromium, String page) {
        List<String> violations = violations(chromium);
        assertTrue(violations.isEmpty(), page + ": " + violations);
    }
}
