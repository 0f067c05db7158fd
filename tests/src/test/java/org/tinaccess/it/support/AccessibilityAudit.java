package org.tinaccess.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs axe-core on each page a test reaches, under every {@link ViewingConditions} (every rule in
 * light at both widths, the colour rules in dark at the desktop width), walks it with the keyboard ({@link KeyboardWalk}), and keeps going:
 * one run lists every violation of every page, instead of stopping at the first. Also keeps each
 * page's title, which must name that page alone (WCAG 2.4.2).
 */
public final class AccessibilityAudit {

    private final Chromium chromium;
    private final List<String> findings = new ArrayList<>();
    private final Map<String, String> titles = new LinkedHashMap<>();

    public AccessibilityAudit(Chromium chromium) {
        this.chromium = chromium;
    }

    /** The page as it is now, named {@code page} in the findings, light and dark, wide and (in light) narrow. */
    public AccessibilityAudit check(String page) {
        return check(page, false);
    }

    private AccessibilityAudit check(String page, boolean justLoaded) {
        findings.addAll(KeyboardWalk.findings(chromium, page, justLoaded));
        try {
            for (ViewingConditions conditions : ViewingConditions.ofThisRun()) {
                conditions.apply(chromium);
                List<String> violations = conditions.coloursOnly() ? Axe.colourViolations(chromium) : Axe.violations(chromium);
                violations.forEach(violation -> findings.add(page + " (" + conditions + "): " + violation));
                // The page as axe saw it, to read its findings by: only where there are some (a screenshot a check costs a tenth of a second).
                if (!violations.isEmpty()) {
                    chromium.screenshot("a11y-" + page.replaceAll("[^A-Za-z0-9]+", "-") + "-" + conditions.colourScheme() + "-" + conditions.width());
                }
            }
        } finally {
            ViewingConditions.reset(chromium);
        }
        return this;
    }

    /** As {@link #check(String)}, and records the page's title for {@link #assertTitlesDiffer()}. */
    public AccessibilityAudit checkPage(String page) {
        titles.put(page, chromium.driver().getTitle());
        return check(page, true);
    }

    public void assertNoViolations() {
        assertTrue(findings.isEmpty(), findings.size() + " violations:\n" + String.join("\n", findings));
    }

    /** Every page recorded by {@link #checkPage(String)} has a title of its own. */
    public void assertTitlesDiffer() {
        assertEquals(titles.size(), titles.values().stream().distinct().count(), "page titles: " + titles);
    }
}
