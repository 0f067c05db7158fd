package org.tinaccess.it.support;

import java.util.List;
import java.util.Map;

/**
 * How a person sees a page: the colour scheme their system asks for and the width of their window.
 * Set through Chromium's DevTools emulation, so the page reacts as it would on such a device
 * (prefers-color-scheme listeners, media queries) without being loaded again.
 */
public record ViewingConditions(String colourScheme, int width) {

    /**
     * Light at a desktop width and at WCAG 1.4.10's 320 CSS pixels, dark at the desktop width. Dark
     * changes colours only, checked where the page shows the most of itself; narrowing changes the
     * layout, checked with every rule in light. Dark at 320 px was a fourth run of the colour rules on
     * a subset of the same elements: a quarter of the audits' time for the few controls only a narrow
     * window draws (the menu's toggle), which are PatternFly's own.
     */
    public static final List<ViewingConditions> ALL = List.of(
            new ViewingConditions("light", 1280), new ViewingConditions("dark", 1280), new ViewingConditions("light", 320));

    /** Whether this is a second colour scheme, where only colour can differ from the first (light). */
    public boolean coloursOnly() {
        return !"light".equals(colourScheme);
    }

    /**
     * The conditions this run checks pages under: all of them, or only the first (light, 1280 px)
     * where the run says so (keycloak.test.accessibility.conditions=first: the older minor's stage,
     * whose pages are drawn by the same templates and console as the pinned stage checks under all of them).
     */
    public static List<ViewingConditions> ofThisRun() {
        return "first".equals(System.getProperty("keycloak.test.accessibility.conditions", "all")) ? ALL.subList(0, 1) : ALL;
    }

    public void apply(Chromium chromium) {
        chromium.driver().executeCdpCommand("Emulation.setEmulatedMedia",
                Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", colourScheme))));
        chromium.driver().executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", 900, "deviceScaleFactor", 1, "mobile", false));
        Object seen = chromium.driver().executeScript("return [matchMedia(arguments[0]).matches, innerWidth]",
                "(prefers-color-scheme: " + colourScheme + ")");
        if (!List.of(true, (long) width).equals(seen)) {
            throw new IllegalStateException("the page does not see " + this + ": " + seen);
        }
    }

    /** Back to the browser's own scheme and window, as the other browser tests expect it. */
    public static void reset(Chromium chromium) {
        chromium.driver().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features", List.of()));
        chromium.driver().executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }

    @Override
    public String toString() {
        return colourScheme + ", " + width + " px";
    }
}
