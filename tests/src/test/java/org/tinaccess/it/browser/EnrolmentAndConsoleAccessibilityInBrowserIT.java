package org.tinaccess.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.tinaccess.it.support.AccessibilityAudit;
import org.tinaccess.it.support.AccessibleFields;
import org.tinaccess.it.support.BrowserTest;
import org.tinaccess.it.support.Chromium;
import org.tinaccess.it.support.ConsolePages;
import org.tinaccess.it.support.LoginPages;
import org.tinaccess.it.support.NotListedPages;
import org.tinaccess.it.support.OnBothMinors;
import org.tinaccess.it.support.PortalClient;
import org.tinaccess.it.support.PortalUsers;
import org.tinaccess.it.support.Providers;
import org.tinaccess.it.support.RealmUsers;
import org.tinaccess.it.support.RequestAccessPages;
import org.tinaccess.it.support.TestPhones;
import org.tinaccess.it.support.TestTins;
import org.tinaccess.it.support.TinAccessApi;
import org.tinaccess.it.support.TinAccessServer;
import org.tinaccess.it.support.Totp;

/**
 * continued from {@link AccessibilityInBrowserIT}: the activation chain's pages (new
 * password, security image, MFA chooser, each enrolment page, recovery codes), the factor chooser at
 * sign-in and every console page of ours, through axe-core light at 1280 and 320 px and dark at 1280 px, each
 * with a title of its own.
 */
@OnBothMinors
@BrowserTest
class EnrolmentAndConsoleAccessibilityInBrowserIT {

    @Test
    void imageChooserMfaChooserAndEachEnrolmentPage(TinAccessServer server, Chromium chromium) {
        String email = RealmUsers.uniqueEmail("a11y-enrol");
        String userId = RealmUsers.create(server, email, RealmUsers.PASSWORD);
        // The activation chain's first page: a new password.
        UserRepresentation user = server.realm().users().get(userId).toRepresentation();
        user.setRequiredActions(List.of("UPDATE_PASSWORD"));
        server.realm().users().get(userId).update(user);
        AccessibilityAudit audit = new AccessibilityAudit(chromium);

        signInWithPassword(server, chromium, email, RealmUsers.PASSWORD);
        chromium.await(By.id("kc-passwd-update-form"));
        audit.checkPage("new password");
        chromium.type(By.id("password-new"), PortalUsers.PASSWORD);
        chromium.type(By.id("password-confirm"), "something-else");
        chromium.click(By.id("kc-submit"));
        chromium.await(By.id("kc-passwd-update-form"));
        audit.check("new password: confirmation differs");
        // A password the realm's policy refuses: the words, the mark and the focus are the new password's.
        chromium.type(By.id("password-new"), "short");
        chromium.type(By.id("password-confirm"), "short");
        chromium.click(By.id("kc-submit"));
        chromium.await(By.id("input-error-password-new"));
        AccessibleFields.assertFocusOnInvalid(chromium, "password-new", "Invalid password");
        audit.check("new password: refused by the policy");
        chromium.type(By.id("password-new"), PortalUsers.PASSWORD);
        chromium.type(By.id("password-confirm"), PortalUsers.PASSWORD);
        chromium.click(By.id("kc-submit"));

        chromium.await(By.id("ta-security-image-form"));
        audit.checkPage("security image chooser");
        chromium.click(By.id("ta-image-save"));
        chromium.await(By.id("input-error-image"));
        WebElement firstImage = chromium.driver().switchTo().activeElement();
        assertEquals("radio", firstImage.getAttribute("type"), "focus on the refused choice");
        assertEquals("true", firstImage.getAttribute("aria-invalid"));
        audit.check("security image chooser: nothing chosen");
        chromium.click(By.cssSelector("input[name=image][value=" + LoginPages.IMAGE + "]"));
        chromium.select(By.id("caption"), LoginPages.CAPTION);
        // Enter on the chosen image saves it, as the visible primary button does.
        chromium.pressEnter(By.cssSelector("input[name=image][value=" + LoginPages.IMAGE + "]"));

        chromium.await(By.id("ta-mfa-enroll"));
        audit.checkPage("MFA chooser");
        TestPhones.Phone phone = TestPhones.Phone.next();
        chromium.click(By.cssSelector("input[name=method][value=sms]"));
        chromium.click(By.id("ta-mfa-continue"));
        chromium.await(By.id("ta-mfa-phone"));
        audit.checkPage("enrol: text message, number");
        chromium.type(By.id("phone"), "555");
        chromium.click(By.id("ta-send"));
        chromium.await(By.id("input-error-phone"));
        AccessibleFields.assertFocusOnInvalid(chromium, "phone", "10-digit US phone number");
        audit.check("enrol: text message, number refused");
        chromium.type(By.id("phone"), phone.typed());
        // Enter in the number sends the code, and Enter in the code checks it: neither goes back to the chooser.
        chromium.pressEnter(By.id("phone"));
        chromium.await(By.id("ta-phone-sent"));
        audit.checkPage("enrol: text message, code");
        chromium.type(By.id("code"), "000000");
        chromium.pressEnter(By.id("code"));
        chromium.await(By.id("input-error-code"));
        assertNotNull(chromium.driver().findElement(By.id("ta-phone-sent")), "still on the code step");
        chromium.click(By.id("ta-back"));

        chromium.await(By.id("ta-mfa-enroll"));
        chromium.click(By.cssSelector("input[name=method][value=voice]"));
        chromium.click(By.id("ta-mfa-continue"));
        chromium.await(By.id("ta-mfa-phone"));
        audit.checkPage("enrol: voice call, number");
        chromium.click(By.id("ta-back"));

        chromium.await(By.id("ta-mfa-enroll"));
        chromium.click(By.cssSelector("input[name=method][value=passkey]"));
        chromium.click(By.id("ta-mfa-continue"));
        chromium.await(By.id("register"));
        audit.checkPage("enrol: passkey");

        // Back to the chooser by signing in again; the authenticator app with recovery codes this time.
        signInWithPassword(server, chromium, email, PortalUsers.PASSWORD);
        chromium.await(By.id("ta-mfa-enroll"));
        chromium.click(By.cssSelector("input[name=method][value=app]"));
        if (!chromium.await(By.cssSelector("input[name=recoveryCodes]")).isSelected()) {
            chromium.click(By.cssSelector("input[name=recoveryCodes]"));
        }
        chromium.click(By.id("ta-mfa-continue"));
        chromium.await(By.id("kc-totp-settings-form"));
        assertNotNull(chromium.driver().findElement(By.cssSelector("label[for=totp]")), "the code field is labelled");
        assertNotNull(chromium.driver().findElement(By.cssSelector("label[for=userLabel]")), "the device name is labelled");
        audit.checkPage("enrol: authenticator app");
        String secret = chromium.driver().findElement(By.id("totpSecret")).getAttribute("value");
        chromium.type(By.id("totp"), "000000");
        chromium.click(By.id("saveTOTPBtn"));
        chromium.await(By.id("input-error-otp-code"));
        WebElement focused = chromium.driver().switchTo().activeElement();
        assertEquals("totp", focused.getAttribute("id"));
        assertEquals("input-error-otp-code", focused.getAttribute("aria-describedby"));
        audit.check("enrol: authenticator app, wrong code");
        secret = chromium.driver().findElement(By.id("totpSecret")).getAttribute("value");
        chromium.type(By.id("totp"), Totp.unspentCode(secret));
        chromium.click(By.id("saveTOTPBtn"));
        chromium.await(By.id("kc-recovery-codes-list"));
        audit.checkPage("enrol: recovery codes");
        chromium.click(By.id("kcRecoveryCodesConfirmationCheck"));
        chromium.click(By.id("saveRecoveryAuthnCodesBtn"));
        chromium.await(By.id("kc-accept"));
        audit.checkPage("terms of use");
        chromium.click(By.id("kc-accept"));
        new WebDriverWait(chromium.driver(), Duration.ofSeconds(30))
                .until(ExpectedConditions.not(ExpectedConditions.urlContains("/login-actions/")));

        // Signing in with two factors: the code page offers the other way, the chooser of factors.
        signInWithPassword(server, chromium, email, PortalUsers.PASSWORD);
        chromium.await(By.id("kc-otp-login-form"));
        chromium.click(By.id("try-another-way"));
        chromium.await(By.cssSelector(".ta-select-credential-form"));
        assertTrue(chromium.driver().findElements(By.cssSelector(".ta-select-credential-form button[type=submit]")).size() >= 2,
                "each factor is a button the keyboard can press");
        audit.checkPage("sign-in: choose another factor");

        audit.assertNoViolations();
        audit.assertTitlesDiffer();
    }

    @Test
    void everyConsolePageOfOurs(TinAccessServer server, Chromium chromium) {
        TinAccessApi reviewer = TinAccessApi.asNewReviewer(server);
        PortalUsers.TinAdmin admin = PortalUsers.newTinAdmin(server, reviewer);
        // One person who is both a TIN admin and a reviewer sees every page of ours, and Keycloak's Signing in,
        // which lists the second factors our activation sets up.
        RoleRepresentation role = server.realm().roles().get("tin-reviewer").toRepresentation();
        server.realm().users().get(admin.admin().userId()).roles().realmLevel().add(List.of(role));
        // Its TIN a billing service's, so that Clients shows too.
        Providers.markBillingService(server, admin.tin());
        // A pending request of its own for the review queue to open, and one for Providers not listed, whatever ran before.
        RequestAccessPages.open(server).requestAdminAccess(RequestAccessPages.contact(RealmUsers.uniqueEmail("a11y-pending")),
                List.of(TestTins.next()));
        NotListedPages.open(server).submit(NotListedPages.person(RealmUsers.uniqueEmail("a11y-not-listed"))).reference();
        // An access review of its TIN, open, for My Tax IDs' notice and the Access review page.
        assertEquals(201, TinAccessApi.at(server, "/access-reviews", reviewer.token()).post("", "{\"tin\":\"" + admin.tin() + "\"}").status());
        ConsolePages console = new ConsolePages(server, chromium);
        AccessibilityAudit audit = new AccessibilityAudit(chromium);

        console.signIn(admin.admin().email(), PortalUsers.PASSWORD, admin.admin().totpSecret());
        for (String page : List.of("tin-access/tins", "tin-access/my-requests", "tin-access/users", "tin-access/access-requests", "tin-access/clients",
                "tin-access/client-grants", "tin-access/access-review", "tin-access/security",
                "account-security/signing-in", "tin-access/not-listed", "tin-access/review")) {
            // By address: after the 320 px views the side menu may stay folded away. The review queue
            // comes last: its first request is opened next.
            chromium.driver().get(console.url(page));
            console.awaitConsole();
            awaitConsolePage(chromium);
            audit.checkPage("console: " + page);
            if (DIALOGS.containsKey(page)) {
                dialog(chromium, audit, "console: " + page, DIALOGS.get(page));
            }
        }
        chromium.click(By.cssSelector("[data-testid=open-request]"));
        awaitConsolePage(chromium);
        audit.checkPage("console: tin-access/review/{id}");
        dialog(chromium, audit, "console: tin-access/review/{id}", "deny-line");

        audit.assertNoViolations();
        audit.assertTitlesDiffer();
    }

    /** The console's dialogs with a form of their own, by the page and the button that opens them. */
    private static final Map<String, String> DIALOGS = Map.of("tin-access/users", "add-member", "tin-access/my-requests", "add-tin");

    /** Opens a page's dialog, audits it (its form walked by keyboard too) and closes it with Escape. */
    private static void dialog(Chromium chromium, AccessibilityAudit audit, String page, String opener) {
        By button = By.cssSelector("[data-testid=" + opener + "]");
        WebDriverWait wait = new WebDriverWait(chromium.driver(), Duration.ofSeconds(10));
        wait.until(ExpectedConditions.elementToBeClickable(button));
        chromium.click(button);
        try {
            new WebDriverWait(chromium.driver(), Duration.ofSeconds(5))
                    .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[role=dialog]")));
        } catch (TimeoutException lost) {
            // Once, in a full CI run, the first click opened nothing within 10 s (alone the test passes; the
            // cause was not found). A person clicks again; a dialog that never opens still fails below.
            chromium.click(button);
        }
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[role=dialog]")));
        audit.check(page + ", dialog of " + opener);
        new Actions(chromium.driver()).sendKeys(Keys.ESCAPE).perform();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("[role=dialog]")));
    }

    private static void signInWithPassword(TinAccessServer server, Chromium chromium, String email, String password) {
        // Every cookie, not only the current page's: Keycloak's are scoped to the realm's path.
        chromium.driver().executeCdpCommand("Network.clearBrowserCookies", Map.of());
        chromium.open(new PortalClient(server).authorizationUrl());
        chromium.type(By.id("username"), email);
        chromium.click(By.id("kc-login"));
        chromium.type(By.id("password"), password);
        chromium.click(By.id("kc-login"));
    }

    /** The page's h1 is there and nothing is loading any more. */
    private static void awaitConsolePage(Chromium chromium) {
        WebDriverWait wait = new WebDriverWait(chromium.driver(), Duration.ofSeconds(30));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("main h1")));
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("main .pf-v5-c-spinner")));
    }
}
