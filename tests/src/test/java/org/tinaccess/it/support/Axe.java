package org.tinaccess.it.support;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.List;

/** axe-core's WCAG 2.0 and 2.1, A and AA rules (Section 508's bar), run on the page as it is now. */
public final class Axe {

    /** The rule sets issue 15 names; best-practice and AAA rules are not part of the bar. */
    public static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    /**
     * The rules of that bar that depend on colour alone. A second colour scheme changes colours and
     * nothing else of the page, so it is checked against these; every rule runs on the first.
     */
    public static final List<String> COLOUR_RULES = List.of("color-contrast", "link-in-text-block");

    private Axe() {}

    /** One line per violated rule: its id, how many elements, its help text and the first element's selector. */
    public static List<String> violations(Chromium chromium) {
        return lines(new AxeBuilder().withTags(WCAG_21_AA).analyze(chromium.driver()));
    }

    /** As {@link #violations(Chromium)}, for the {@link #COLOUR_RULES} only. */
    public static List<String> colourViolations(Chromium chromium) {
        return lines(new AxeBuilder().withOnlyRules(COLOUR_RULES).analyze(chromium.driver()));
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
