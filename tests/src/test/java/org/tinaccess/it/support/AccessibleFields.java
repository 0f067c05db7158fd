package org.tinaccess.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** What a screen reader learns from a form field that axe-core cannot judge: focus after a refused submit, descriptions. */
public final class AccessibleFields {

    private AccessibleFields() {}

    /** Focus is on {@code id}, marked invalid, and described by its error, which says {@code message}. */
    public static void assertFocusOnInvalid(Chromium chromium, String id, String message) {
        WebElement focused = chromium.driver().switchTo().activeElement();
        assertEquals(id, focused.getAttribute("id"), "focus on the first invalid field");
        assertEquals("true", focused.getAttribute("aria-invalid"));
        List<String> described = Arrays.asList(focused.getAttribute("aria-describedby").split(" "));
        assertTrue(described.contains("input-error-" + id), "described by its error: " + described);
        String error = chromium.driver().findElement(By.id("input-error-" + id)).getText();
        assertTrue(error.contains(message), error);
        assertFalse(chromium.driver().findElements(By.cssSelector("#input-error-container-" + id + " [aria-live]")).size() > 0,
                "no live region that would announce nothing");
    }

    /** The text of the elements that describe field {@code id}. */
    public static String describedBy(Chromium chromium, String id) {
        String ids = chromium.driver().findElement(By.id(id)).getAttribute("aria-describedby");
        assertNotNull(ids, id + " has a description");
        StringBuilder text = new StringBuilder();
        for (String describing : ids.split(" ")) {
            text.append(chromium.driver().findElement(By.id(describing)).getText()).append(' ');
        }
        return text.toString();
    }
}
