package org.tinaccess.it.support;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Follows a README section in Chromium the way a reader does: by the words on the screen. A step
 * first checks that the README still says what the test is about to do (labels, addresses), then
 * the test clicks the control that carries that very label. Addresses of the run command
 * (http://localhost:8080, http://localhost:3000) point at this run's servers.
 */
public final class ReadmeWalk {

    public static final String RUN_COMMAND_KEYCLOAK = "http://localhost:8080";
    public static final String RUN_COMMAND_PORTAL = "http://localhost:3000";

    private final TinAccessServer server;
    private final Chromium chromium;
    private final List<String> steps;

    public ReadmeWalk(TinAccessServer server, Chromium chromium, Readme.Section section) {
        this.server = server;
        this.chromium = chromium;
        this.steps = section.steps();
    }

    /** README step {@code number} (1-based); fails unless its text contains each of {@code words}. */
    public String step(int number, String... words) {
        assertTrue(steps.size() >= number, "the README has " + steps.size() + " steps, the test follows step " + number);
        String step = steps.get(number - 1);
        for (String word : words) {
            assertTrue(step.contains(word), "README step " + number + " no longer says \"" + word + "\":\n" + step);
        }
        return step;
    }

    /** An address as the README writes it, on this run's servers. */
    public String address(String readmeAddress) {
        return readmeAddress.replace(RUN_COMMAND_KEYCLOAK, server.baseUrl()).replace(RUN_COMMAND_PORTAL, server.portalUrl());
    }

    /** Clicks the link or button whose visible text is {@code label}. */
    public void click(String label) {
        chromium.click(labelled(label));
    }

    /** Ticks or unticks the choice whose label starts with {@code label} (radio buttons, check boxes). */
    public void choose(String label) {
        chromium.click(By.xpath("//label[starts-with(normalize-space(.), " + literal(label) + ")]"));
    }

    public static By labelled(String label) {
        String text = literal(label);
        return By.xpath("//a[normalize-space(.)=" + text + "] | //button[normalize-space(.)=" + text + "]"
                + " | //input[@type='submit' and @value=" + text + "]");
    }

    /** Waits until the page shows {@code text} somewhere in its body. */
    public void awaitText(String text) {
        new WebDriverWait(chromium.driver(), Duration.ofSeconds(30))
                .until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), text));
    }

    public WebElement await(By locator) {
        return chromium.await(locator);
    }

    /** An XPath string literal for {@code text}, quotes included. */
    private static String literal(String text) {
        return text.contains("'") ? "\"" + text + "\"" : "'" + text + "'";
    }
}
