package org.tinaccess.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.keycloak.representations.idm.RoleRepresentation;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.tinaccess.it.support.BrowserTest;
import org.tinaccess.it.support.Chromium;
import org.tinaccess.it.support.ConsolePages;
import org.tinaccess.it.support.JoinPages;
import org.tinaccess.it.support.Mails;
import org.tinaccess.it.support.PortalUsers;
import org.tinaccess.it.support.Providers;
import org.tinaccess.it.support.RealmUsers;
import org.tinaccess.it.support.RequestAccessInBrowser;
import org.tinaccess.it.support.TestTins;
import org.tinaccess.it.support.TinAccessApi;
import org.tinaccess.it.support.TinAccessServer;

/**
 * The extended account console in Chromium: reviewers decide in the Review queue, TIN
 * admins manage users and access requests, and nobody sees a page the API would refuse them.
 */
@BrowserTest
class AccountConsoleInBrowserIT {

    private static final String PASSWORD = PortalUsers.PASSWORD;

    @Test
    void anAdminRequestGoesThroughTheReviewQueueActivationAndUsersPageToTheNewUsersSignIn(TinAccessServer server, Chromium chromium) {
        ConsolePages console = new ConsolePages(server, chromium);
        String adminEmail = RealmUsers.uniqueEmail("console-admin");
        String tin = TestTins.next();
        String reference = RequestAccessInBrowser.requestAccess(server, chromium, adminEmail, tin);

        // The reviewer approves in the Review queue page.
        String reviewerEmail = RealmUsers.uniqueEmail("console-reviewer");
        String reviewerId = RealmUsers.create(server, reviewerEmail, RealmUsers.PASSWORD);
        RoleRepresentation reviewerRole = server.realm().roles().get("tin-reviewer").toRepresentation();
        server.realm().users().get(reviewerId).roles().realmLevel().add(List.of(reviewerRole));
        String reviewerSecret = console.signInFirstTime(reviewerEmail, RealmUsers.PASSWORD);
        console.open("tin-access/review");
        console.row("request-" + reference);
        chromium.screenshot("console-review-queue");
        // The first Tab reaches a skip link past the masthead and navigation, and following it puts focus on the page.
        chromium.driver().navigate().refresh();
        console.row("request-" + reference);
        new Actions(chromium.driver()).sendKeys(Keys.TAB).perform();
        WebElement skip = chromium.driver().switchTo().activeElement();
        assertEquals("Skip to content", skip.getText());
        skip.sendKeys(Keys.ENTER);
        assertEquals("tin-access-main", chromium.driver().switchTo().activeElement().getAttribute("id"));
        assertTrue(chromium.clickToOpen(console.rowButton("request-" + reference, "open-request"),
                By.cssSelector("[data-testid=request-contact]")).getText().contains("A provider"),
                "the reviewer sees what the request registers: a provider, not a billing service or an agency");
        assertEquals("h1", chromium.driver().switchTo().activeElement().getTagName(), "the opened request's heading has the focus");
        // "Other" needs a note: the API's refusal shows in the dialog, which stays open.
        new Select(chromium.clickToOpen(console.rowButton("line-" + tin, "deny-line"), By.id("deny-reason"))).selectByValue("OTHER");
        chromium.click(By.cssSelector("[data-testid=confirm]"));
        assertTrue(chromium.await(By.cssSelector("[role=dialog] [data-testid=error-alert]")).getText().contains("note is required"));
        chromium.click(By.cssSelector("[role=dialog] button[aria-label=Close]"));
        chromium.clickToOpen(console.rowButton("line-" + tin, "approve-line"), By.cssSelector("[data-testid=confirm]"));
        chromium.screenshot("console-review-approve");
        // Approving makes someone a TIN's admin: the API wants a second factor passed minutes ago, and this
        // reviewer only enrolled theirs, so the console sends them to sign in again and back to the request.
        chromium.click(By.cssSelector("[data-testid=confirm]"));
        console.signInAgain(reviewerEmail, RealmUsers.PASSWORD, reviewerSecret);
        chromium.clickToOpen(console.rowButton("line-" + tin, "approve-line"), By.cssSelector("[data-testid=confirm]"));
        console.confirm();
        chromium.await(By.cssSelector("[data-testid=decision-notice]"));
        assertEquals("Approved", console.row("line-" + tin).findElement(By.cssSelector("[data-testid=status]")).getText());

        // The activation link from the e-mail: password, security image, authenticator app.
        String activation = Mails.html(server.inbox().awaitMessagesTo(adminEmail, 2).get(1)).selectFirst("a#activate-account").attr("href");
        String adminSecret = console.activate(activation, PASSWORD);

        // The new admin adds a user on the Users page.
        console.signIn(adminEmail, PASSWORD, adminSecret);
        assertTrue(console.menuShows("tin-access/users"));
        assertFalse(console.menuShows("tin-access/review"), "an admin who is not a reviewer has no review queue");
        console.open("tin-access/users");
        console.row("member-" + adminEmail);
        String userEmail = RealmUsers.uniqueEmail("console-user");
        chromium.click(By.cssSelector("[data-testid=add-member]"));
        chromium.type(By.id("member-email"), "not-an-address");
        chromium.type(By.id("member-firstName"), "Sam");
        chromium.type(By.id("member-lastName"), "Rivera");
        chromium.click(By.id("member-entitlement-claims"));
        chromium.click(By.cssSelector("[data-testid=add-member-submit]"));
        assertEquals("Enter a valid e-mail address.", chromium.await(By.cssSelector("[data-testid=member-email-error]")).getText());
        assertEquals("Sam", chromium.driver().findElement(By.id("member-firstName")).getAttribute("value"), "a refusal loses nothing");
        chromium.type(By.id("member-email"), userEmail);
        chromium.screenshot("console-add-user");
        chromium.click(By.cssSelector("[data-testid=add-member-submit]"));
        WebElement added = console.row("member-" + userEmail);
        assertEquals("Invited", added.findElement(By.cssSelector("[data-testid=status]")).getText());
        assertTrue(added.getText().contains("Claims"), added.getText());
        chromium.screenshot("console-users");

        // That user's invitation, then their sign-in: My Tax IDs shows the TIN, and no admin page.
        MimeMessage invitation = server.inbox().awaitMessagesTo(userEmail, 1).get(0);
        String userSecret = console.activate(Mails.html(invitation).selectFirst("a#activate-account").attr("href"), PASSWORD);
        console.signIn(userEmail, PASSWORD, userSecret).open("tin-access/tins");
        WebElement myTin = chromium.await(By.cssSelector("[data-testid=my-tins] tbody tr"));
        assertTrue(myTin.getText().contains("User"), myTin.getText());
        assertTrue(myTin.getText().contains("Claims"), myTin.getText());
        chromium.screenshot("console-my-tax-ids");
        assertFalse(console.menuShows("tin-access/users"), "a user of the TIN does not see the Users page");
        assertFalse(console.menuShows("tin-access/access-requests"));

        // Opening the page by its address shows a refusal, and the API itself answers 403.
        chromium.driver().get(console.url("tin-access/users"));
        String refusal = chromium.await(By.cssSelector("[data-testid=not-allowed]")).getText();
        assertTrue(refusal.contains("Only the admin of a Tax ID") && !refusal.contains("reviewer"), "the refusal names the page's audience only: " + refusal);
        chromium.driver().get(console.url("tin-access/review"));
        String reviewRefusal = chromium.await(By.cssSelector("[data-testid=not-allowed]")).getText();
        assertTrue(reviewRefusal.contains("reviewers") && !reviewRefusal.contains("admin of a Tax ID"), reviewRefusal);
        String userToken = PortalUsers.signIn(server, userEmail, userSecret).apiToken();
        assertEquals(403, TinAccessApi.at(server, "/tins", userToken).get("/" + tin + "/members").status());
    }

    @Test
    void tinAdminDeniesAJoinRequestWithANoteTheRequesterReads(TinAccessServer server, Chromium chromium) {
        TinAccessApi reviewer = TinAccessApi.asNewReviewer(server);
        PortalUsers.TinAdmin provider = PortalUsers.newTinAdmin(server, reviewer);
        String providerName = Providers.ofTin(server, provider.tin()).getName();
        String requesterEmail = RealmUsers.uniqueEmail("console-joiner");
        new JoinPages(server).searchByName(providerName).submit(JoinPages.requester(requesterEmail)).reference();

        ConsolePages console = new ConsolePages(server, chromium)
                .signIn(provider.admin().email(), PASSWORD, provider.admin().totpSecret())
                .open("tin-access/access-requests");
        WebElement request = console.row("join-" + requesterEmail);
        assertTrue(request.getText().contains("I file the clinic's claims."), request.getText());
        chromium.screenshot("console-access-requests");
        chromium.clickToOpen(console.rowButton("join-" + requesterEmail, "deny-join"), By.id("deny-note"));
        chromium.type(By.id("deny-note"), "Please ask your office manager to add you.");
        console.confirm();

        new WebDriverWait(chromium.driver(), Duration.ofSeconds(20))
                .until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("tr[data-testid='join-" + requesterEmail + "']")));
        List<MimeMessage> toRequester = server.inbox().awaitMessagesTo(requesterEmail, 2); // the acknowledgement, then the denial
        assertTrue(toRequester.stream().anyMatch(mail -> Mails.text(mail).contains("Please ask your office manager to add you.")),
                "the requester reads the admin's note");
    }

    @Test
    void securityImageIsChangedFromTheConsoleAndShownAtTheNextSignIn(TinAccessServer server, Chromium chromium) {
        PortalUsers.TinAdmin provider = PortalUsers.newTinAdmin(server, TinAccessApi.asNewReviewer(server));
        ConsolePages console = new ConsolePages(server, chromium).signIn(provider.admin().email(), PASSWORD, provider.admin().totpSecret());
        console.open("tin-access/security");
        chromium.screenshot("console-security");
        chromium.click(By.cssSelector("[data-testid=change-security-image]"));
        chromium.await(By.id("ta-security-image-form"));
        chromium.click(By.cssSelector("input[name=image][value=sailboat]"));
        chromium.select(By.id("caption"), "blue-skies");
        chromium.click(By.id("ta-image-save"));
        console.awaitConsole();

        chromium.open(console.url(""));
        chromium.type(By.id("username"), provider.admin().email());
        chromium.click(By.id("kc-login"));
        assertEquals("Blue skies", chromium.await(By.id("ta-security-caption")).getText());
    }

    @Test
    void usersPageWorksWithTheKeyboardAloneOnAPhoneWideScreen(TinAccessServer server, Chromium chromium) {
        PortalUsers.TinAdmin provider = PortalUsers.newTinAdmin(server, TinAccessApi.asNewReviewer(server));
        Dimension desktop = chromium.driver().manage().window().getSize();
        chromium.driver().manage().window().setSize(new Dimension(390, 844));
        try {
            ConsolePages console = new ConsolePages(server, chromium).signIn(provider.admin().email(), PASSWORD, provider.admin().totpSecret());
            chromium.driver().get(console.url("tin-access/users"));
            console.row("member-" + provider.admin().email());
            assertEquals(Boolean.TRUE, chromium.driver().executeScript("return document.documentElement.scrollWidth <= window.innerWidth"),
                    "no sideways scrolling at 390 px");

            // Tab to "Add user", Enter opens the form; Tab between fields, Enter in a field submits it.
            String userEmail = RealmUsers.uniqueEmail("keyboard-user");
            tabTo(chromium, "[data-testid=add-member]").sendKeys(Keys.ENTER);
            tabTo(chromium, "#member-email").sendKeys(userEmail);
            focused(chromium).sendKeys(Keys.TAB);
            focused(chromium).sendKeys("Kim");
            focused(chromium).sendKeys(Keys.TAB);
            focused(chromium).sendKeys("Okafor");
            tabTo(chromium, "#member-entitlement-eligibility").sendKeys(Keys.SPACE);
            chromium.screenshot("console-add-user-phone");
            tabTo(chromium, "[data-testid=add-member-submit]").sendKeys(Keys.ENTER);
            WebElement added = console.row("member-" + userEmail);
            assertTrue(added.getText().contains("Eligibility"), added.getText());
            chromium.screenshot("console-users-phone");

            // The row's actions menu, by keyboard, named by its row; a dialog left with Escape gives focus back to it.
            WebElement rowActions = tabTo(chromium, "tr[data-testid='member-" + userEmail + "'] button[data-testid=member-actions]");
            assertEquals("Actions for Kim Okafor", rowActions.getAttribute("aria-label"));
            rowActions.sendKeys(Keys.ENTER);
            for (int i = 0; i < 10 && !focused(chromium).getText().equals("Remove from Tax ID"); i++) {
                focused(chromium).sendKeys(Keys.ARROW_DOWN);
            }
            focused(chromium).sendKeys(Keys.ENTER);
            chromium.await(By.cssSelector("[data-testid=confirm]"));
            focused(chromium).sendKeys(Keys.ESCAPE);
            new WebDriverWait(chromium.driver(), Duration.ofSeconds(10)).until(driver -> rowActions.equals(focused(chromium)));

            // Withdraw the invitation (Remove), confirmed with Enter.
            rowActions.sendKeys(Keys.ENTER);
            for (int i = 0; i < 10 && !focused(chromium).getText().equals("Remove from Tax ID"); i++) {
                focused(chromium).sendKeys(Keys.ARROW_DOWN);
            }
            focused(chromium).sendKeys(Keys.ENTER);
            tabTo(chromium, "[data-testid=confirm]").sendKeys(Keys.ENTER);
            new WebDriverWait(chromium.driver(), Duration.ofSeconds(20)).until(driver ->
                    driver.findElements(By.cssSelector("tr[data-testid='member-" + userEmail + "']")).isEmpty());
        } finally {
            chromium.driver().manage().window().setSize(desktop);
        }
    }

    private static WebElement focused(Chromium chromium) {
        return chromium.driver().switchTo().activeElement();
    }

    /** Presses Tab until the element matching {@code css} has the focus (as a keyboard user would). */
    private static WebElement tabTo(Chromium chromium, String css) {
        WebElement target = chromium.await(By.cssSelector(css));
        for (int presses = 0; presses < 60; presses++) {
            if (target.equals(focused(chromium))) {
                return target;
            }
            focused(chromium).sendKeys(Keys.TAB);
        }
        throw new AssertionError("Tab never reached " + css);
    }
}
