package org.tinaccess.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.keycloak.representations.idm.RealmRepresentation;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.tinaccess.it.support.AccessibilityAudit;
import org.tinaccess.it.support.Await;
import org.tinaccess.it.support.BrowserTest;
import org.tinaccess.it.support.Chromium;
import org.tinaccess.it.support.PortalClient;
import org.tinaccess.it.support.RequestAccessInBrowser;
import org.tinaccess.it.support.TestTins;
import org.tinaccess.it.support.TinAccessServer;

/**
 * WCAG 2.2.1 on the request-access steps: Keycloak ends a login attempt left alone for the realm's
 * login timeout (30 minutes by default). Each step warns before that, and "Keep going" shows the
 * same step again with everything typed and a new timeout. Run with a 30-second timeout, so the
 * warning is due after 15 seconds.
 */
@BrowserTest
class RequestTimeoutInBrowserIT {

    private static final int TIMEOUT_SECONDS = 30;

    /**
     * Two people on the contact step at once, each in a browser of their own (their own login attempt), so the
     * test waits for one timeout, not two: one keeps going past it, the other leaves the page alone.
     */
    @Test
    void aStepWarnsBeforeItsTimeoutKeepGoingKeepsWhatWasTypedPastItAndAStepLeftAloneCloses(TinAccessServer server, Chromium chromium) {
        try (LoginTimeout ignored = LoginTimeout.of(server, TIMEOUT_SECONDS); Chromium leftAlone = Chromium.start()) {
            openContactStep(server, leftAlone);
            RequestAccessInBrowser.typeContact(leftAlone, "left.alone@clinic.example");
            openContactStep(server, chromium);
            Instant shown = Instant.now();
            RequestAccessInBrowser.typeContact(chromium, "keep.going@clinic.example");
            assertEquals("", chromium.driver().findElement(By.id("ta-timeout-alert")).getText());
            assertFalse(chromium.driver().findElement(By.id("ta-keep-going")).isDisplayed());

            String warning = awaitAlert(chromium, "30 seconds");
            assertTrue(Duration.between(shown, Instant.now()).toSeconds() >= 13, "warned too early: " + warning);
            assertTrue(warning.contains("It will close in 15 seconds"), warning);
            assertEquals("ta-keep-going", chromium.driver().switchTo().activeElement().getAttribute("id"));
            chromium.screenshot("request-timeout-warning");

            WebElement page = chromium.driver().findElement(By.tagName("body"));
            chromium.click(By.id("ta-keep-going"));
            new WebDriverWait(chromium.driver(), Duration.ofSeconds(20)).until(ExpectedConditions.stalenessOf(page));
            assertEquals("Jane", chromium.await(By.id("firstName")).getAttribute("value"));
            assertEquals("keep.going@clinic.example", chromium.driver().findElement(By.id("email")).getAttribute("value"));
            assertTrue(chromium.driver().findElements(By.cssSelector("[aria-invalid=true]")).isEmpty(), "keep going checks nothing");

            // Meanwhile the other page, left alone: warned, then closed, and Keycloak refuses its post.
            AccessibilityAudit audit = new AccessibilityAudit(leftAlone);
            awaitAlert(leftAlone, "Keep going");
            audit.check("request access: timeout warning");
            awaitAlert(leftAlone, "has closed");
            audit.check("request access: timed out");
            audit.assertNoViolations();
            assertFalse(leftAlone.driver().findElement(By.id("ta-keep-going")).isDisplayed());
            leftAlone.click(By.id("ta-next"));
            String text = leftAlone.await(By.tagName("body")).getText();
            assertTrue(text.contains("timed out") || text.contains("timeout"), text);
            assertTrue(leftAlone.driver().findElements(By.id("ta-request-tins")).isEmpty(), "the timed-out post went nowhere");

            // The page kept going lives on past the first page's timeout.
            Instant firstTimeout = shown.plusSeconds(TIMEOUT_SECONDS + 3);
            Await.until("the first page's timeout to pass", Duration.ofSeconds(TIMEOUT_SECONDS + 10), Instant::now,
                    now -> now.isAfter(firstTimeout));
            chromium.click(By.id("ta-next"));
            chromium.await(By.id("ta-request-tins"));
        }
    }

    @Test
    void keepGoingOnTheLaterStepsShowsTheSameStepAsTyped(TinAccessServer server, Chromium chromium) {
        openContactStep(server, chromium);
        RequestAccessInBrowser.typeContact(chromium, "later.steps@clinic.example");
        chromium.click(By.id("ta-next"));

        String tin = TestTins.next();
        chromium.type(By.id("tin"), tin);
        keepGoingNow(chromium);
        assertEquals(tin, chromium.await(By.id("tin")).getAttribute("value"));
        chromium.click(By.id("ta-add"));
        chromium.await(By.cssSelector("#ta-added-tins .ta-tin"));
        chromium.click(By.id("ta-next"));

        chromium.await(By.id("ta-request-proof"));
        chromium.click(By.cssSelector("input[name=proof][value=notice]"));
        chromium.type(By.id("noticeNumber"), "NP-4411");
        keepGoingNow(chromium);
        assertTrue(chromium.await(By.cssSelector("input[name=proof][value=notice]")).isSelected());
        assertEquals("NP-4411", chromium.driver().findElement(By.id("noticeNumber")).getAttribute("value"));
        assertTrue(chromium.driver().findElements(By.cssSelector("[aria-invalid=true]")).isEmpty(), "keep going checks nothing");

        chromium.click(By.cssSelector("input[name=proof][value=review]"));
        chromium.click(By.id("ta-proof-next"));
        chromium.await(By.id("ta-review"));
        keepGoingNow(chromium);
        assertTrue(chromium.await(By.id("ta-review-tins")).getText().contains(tin.substring(5)));
    }

    private static void openContactStep(TinAccessServer server, Chromium chromium) {
        chromium.open(new PortalClient(server).authorizationUrl());
        chromium.click(By.cssSelector("#kc-registration a"));
        chromium.await(By.id("ta-request-contact"));
    }

    private static String awaitAlert(Chromium chromium, String words) {
        return new WebDriverWait(chromium.driver(), Duration.ofSeconds(TIMEOUT_SECONDS + 10)).until(driver -> {
            String text = driver.findElement(By.id("ta-timeout-alert")).getText();
            return text.contains(words) ? text : null;
        });
    }

    /** The warning's own button, pressed before the warning is due (it is the step's form's button all along). */
    private static void keepGoingNow(Chromium chromium) {
        WebElement page = chromium.driver().findElement(By.tagName("body"));
        chromium.driver().executeScript("document.getElementById('ta-keep-going').click()");
        new WebDriverWait(chromium.driver(), Duration.ofSeconds(20)).until(ExpectedConditions.stalenessOf(page));
    }

    /** The realm's login timeout for one test, put back afterwards. */
    private record LoginTimeout(TinAccessServer server, int previous) implements AutoCloseable {

        static LoginTimeout of(TinAccessServer server, int seconds) {
            RealmRepresentation realm = server.realm().toRepresentation();
            LoginTimeout restore = new LoginTimeout(server, realm.getAccessCodeLifespanLogin());
            realm.setAccessCodeLifespanLogin(seconds);
            server.realm().update(realm);
            return restore;
        }

        @Override
        public void close() {
            RealmRepresentation realm = server.realm().toRepresentation();
            realm.setAccessCodeLifespanLogin(previous);
            server.realm().update(realm);
        }
    }
}
