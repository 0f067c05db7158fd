package org.tinaccess.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.tinaccess.it.support.AccessibilityAudit;
import org.tinaccess.it.support.BackupAdminSetup;
import org.tinaccess.it.support.BrowserTest;
import org.tinaccess.it.support.Chromium;
import org.tinaccess.it.support.ConsolePages;
import org.tinaccess.it.support.PortalUsers;
import org.tinaccess.it.support.TinAccessApi;
import org.tinaccess.it.support.TinAccessServer;

/**
 * In the account console: the plan's staff start an access review of a TIN; its admin is told on My
 * Tax IDs, opens the review, confirms one person with the keyboard alone (focus then moves on to the next
 * person's Confirm access) and removes the other after the dialog asks; the page then says everyone is
 * reviewed. Each state audited (WCAG 2.1 AA); the API shows the confirmed person still there and the
 * removed one gone.
 */
@BrowserTest
class AccessReviewInBrowserIT {

    @Test
    void anAdminConfirmsOnePersonWithTheKeyboardAndRemovesAnother(TinAccessServer server, Chromium chromium) {
        TinAccessApi reviewer = TinAccessApi.asNewReviewer(server);
        PortalUsers.TinAdmin tin = PortalUsers.newTinAdmin(server, reviewer);
        // Named so that the kept person's row comes first (rows to decide are in name order).
        PortalUsers.SignedIn kept = BackupAdminSetup.member(server, tin.admin().apiToken(), tin.tin(), "Abernathy");
        PortalUsers.SignedIn removed = BackupAdminSetup.member(server, tin.admin().apiToken(), tin.tin(), "Zeller");
        TinAccessApi.Answer started = TinAccessApi.at(server, "/access-reviews", reviewer.token())
                .post("", "{\"tin\":\"" + tin.tin() + "\"}");
        assertEquals(201, started.status(), started.toString());
        TinAccessApi.Answer review = TinAccessApi.at(server, "/tins/" + tin.tin(), tin.admin().apiToken()).get("/access-review");
        assertEquals(200, review.status(), review.toString());
        String keptItem = itemOf(review.body(), kept.userId());
        String removedItem = itemOf(review.body(), removed.userId());
        // Keycloak leaves null fields out of its JSON: an undecided item has no decision.
        long undecided = stream(review.body().get("items")).filter(item -> !item.hasNonNull("decision")).count();
        AccessibilityAudit audit = new AccessibilityAudit(chromium);
        ConsolePages console = new ConsolePages(server, chromium);

        console.signIn(tin.admin().email(), PortalUsers.PASSWORD, tin.admin().totpSecret());
        assertTrue(console.menuShows("tin-access/access-review"));
        console.open("tin-access/tins");
        WebElement alert = chromium.await(By.cssSelector("[data-testid=access-review-alert]"));
        assertTrue(alert.getText().contains(undecided + " to review"), alert.getText());
        audit.check("my tax ids: an access review is open");
        chromium.click(By.cssSelector("[data-testid=access-review-alert] [data-testid=access-review-open]"));

        WebElement keptConfirm = chromium.await(button(keptItem, "access-review-confirm"));
        assertEquals("Confirm access of Robin Abernathy", keptConfirm.getAttribute("aria-label"));
        chromium.screenshot("console-access-review");
        audit.check("access review: nobody decided yet");

        // Confirm access with the keyboard: Tab to the button, Enter; focus moves on to the next person to decide.
        tabTo(chromium, keptConfirm).sendKeys(Keys.ENTER);
        awaitDecision(chromium, keptItem, "confirmed");
        new WebDriverWait(chromium.driver(), Duration.ofSeconds(10))
                .until(driver -> (removedItem + "/access-review-confirm").equals(focusedControl(chromium)));

        // Remove access: the next control, asked first in a dialog.
        focused(chromium).sendKeys(Keys.TAB);
        assertEquals(removedItem + "/access-review-remove", focusedControl(chromium));
        focused(chromium).sendKeys(Keys.ENTER);
        WebElement dialog = chromium.await(By.cssSelector("[role=dialog]"));
        assertTrue(dialog.getText().contains("loses access to this Tax ID"), dialog.getText());
        console.confirm();
        awaitDecision(chromium, removedItem, "removed");
        chromium.await(By.cssSelector("[data-testid=access-review-all-done]"));
        new WebDriverWait(chromium.driver(), Duration.ofSeconds(10))
                .until(driver -> "access-review-all-done".equals(focused(chromium).getAttribute("data-testid")));
        audit.check("access review: everyone reviewed");
        audit.assertNoViolations();

        TinAccessApi members = TinAccessApi.at(server, "/tins/" + tin.tin(),
                PortalUsers.signIn(server, tin.admin().email(), tin.admin().totpSecret()).apiToken());
        assertEquals(404, members.get("/members/" + removed.userId()).status(), "the removed person is no longer a member");
        TinAccessApi.Answer stays = members.get("/members/" + kept.userId());
        assertEquals(200, stays.status(), stays.toString());
        assertEquals("active", stays.body().get("status").asText(), "the confirmed person keeps their access");
    }

    private static String itemOf(JsonNode review, String userId) {
        return stream(review.get("items")).filter(item -> userId.equals(item.path("userId").asText())).findFirst()
                .orElseThrow(() -> new AssertionError("no item for " + userId + " in " + review)).get("id").asText();
    }

    private static Stream<JsonNode> stream(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false);
    }

    private static By button(String itemId, String testId) {
        return By.cssSelector(row(itemId) + " [data-testid=" + testId + "]");
    }

    private static String row(String itemId) {
        return "tr[data-testid=access-review-row][data-item-id='" + itemId + "']";
    }

    private static void awaitDecision(Chromium chromium, String itemId, String decision) {
        chromium.await(By.cssSelector(row(itemId) + " [data-testid=access-review-decision][data-decision=" + decision + "]"));
    }

    private static WebElement focused(Chromium chromium) {
        return chromium.driver().switchTo().activeElement();
    }

    /** The focused control as "item id/test id", e.g. the Confirm access button of one row. */
    private static String focusedControl(Chromium chromium) {
        return (String) chromium.driver().executeScript("const e = document.activeElement, row = e && e.closest('tr');"
                + "return (row ? row.dataset.itemId : '') + '/' + (e ? e.dataset.testid : '');");
    }

    /** Presses Tab until {@code target} has the focus, as a keyboard user would. */
    private static WebElement tabTo(Chromium chromium, WebElement target) {
        for (int presses = 0; presses < 60; presses++) {
            if (target.equals(focused(chromium))) {
                return target;
            }
            focused(chromium).sendKeys(Keys.TAB);
        }
        throw new AssertionError("Tab never reached " + target);
    }
}
