package org.tinaccess.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.tinaccess.it.support.AccessibilityAudit;
import org.tinaccess.it.support.BrowserTest;
import org.tinaccess.it.support.Chromium;
import org.tinaccess.it.support.ConsolePages;
import org.tinaccess.it.support.FactorHolders;
import org.tinaccess.it.support.LoginPages;
import org.tinaccess.it.support.PortalClient;
import org.tinaccess.it.support.PortalUsers;
import org.tinaccess.it.support.RealmUsers;
import org.tinaccess.it.support.RequestAccessInBrowser;
import org.tinaccess.it.support.RequestAccessPages;
import org.tinaccess.it.support.TestPhones;
import org.tinaccess.it.support.TestTins;
import org.tinaccess.it.support.TinAccessApi;
import org.tinaccess.it.support.TinAccessServer;
import org.tinaccess.it.support.Totp;

/**
 * Issue 15: every page and state a person meets passes axe-core's WCAG 2.1 A and AA rules, light and
 * dark, at 1280 and 320 px ({@link AccessibilityAudit}); and what axe cannot see: titles of their
 * own, focus on the first invalid field with its message as its description, the security image
 * named by its alt text, the join page keeping its search after a refused submit.
 */
@BrowserTest
class AccessibilityInBrowserIT {

    @Test
    void signInPagesAndTheirErrorStates(TinAccessServer server, Chromium chromium) {
        FactorHolders.Holder holder = FactorHolders.create(server, FactorHolders.Factor.APP);
        AccessibilityAudit audit = new AccessibilityAudit(chromium);

        chromium.open(new PortalClient(server).authorizationUrl());
        chromium.await(By.id("username"));
        audit.checkPage("sign-in: e-mail");
        chromium.type(By.id("username"), holder.email());
        chromium.click(By.id("kc-login"));

        WebElement image = chromium.await(By.cssSelector("#ta-security-image img"));
        String src = image.getAttribute("src");
        assertEquals(imageName(src.substring(src.lastIndexOf('/') + 1).replace(".svg", "")), image.getAttribute("alt"),
                "the alt text names the image, so a screen-reader user can check it (WCAG 1.1.1)");
        assertEquals(holder.email(), chromium.driver().findElement(By.id("kc-attempted-username")).getAttribute("value"));
        assertEquals(1, chromium.driver().findElements(By.cssSelector("label[for=kc-attempted-username]")).size(), "the read-only e-mail is labelled");
        audit.checkPage("sign-in: security image and password");

        chromium.type(By.id("password"), "not-the-password");
        chromium.click(By.id("kc-login"));
        chromium.await(By.id("input-error-password"));
        assertFocusOnInvalid(chromium, "password", "Invalid username or password.");
        audit.check("sign-in: wrong password");

        chromium.click(By.cssSelector("a[href*=reset-credentials]"));
        chromium.await(By.id("kc-reset-password-form"));
        audit.checkPage("forgot password");
        chromium.driver().findElement(By.id("username")).clear();
        chromium.click(By.id("kc-form-buttons"));
        chromium.await(By.id("kc-reset-password-form"));
        audit.check("forgot password: nothing typed");

        chromium.open(new PortalClient(server).authorizationUrl());
        chromium.type(By.id("username"), holder.email());
        chromium.click(By.id("kc-login"));
        chromium.type(By.id("password"), RealmUsers.PASSWORD);
        chromium.click(By.id("kc-login"));
        chromium.await(By.id("kc-otp-login-form"));
        audit.checkPage("sign-in: authenticator code");
        chromium.type(By.id("otp"), "000000");
        chromium.click(By.id("kc-login"));
        chromium.await(By.id("kc-otp-login-form"));
        audit.check("sign-in: wrong authenticator code");

        audit.assertNoViolations();
        audit.assertTitlesDiffer();
    }

    @Test
    void requestAccessStepsAndTheirErrorStates(TinAccessServer server, Chromium chromium) {
        AccessibilityAudit audit = new AccessibilityAudit(chromium);
        // A long address, to show it wraps inside the card at 320 px.
        String email = "jane.a-rather-long-mailbox-name-" + UUID.randomUUID().toString().substring(0, 8) + "@northwoods-family-clinic.test";

        chromium.open(new PortalClient(server).authorizationUrl());
        chromium.click(By.cssSelector("#kc-registration a"));
        chromium.await(By.id("ta-request-contact"));
        assertEquals("true", chromium.driver().findElement(By.id("firstName")).getAttribute("aria-required"));
        assertTrue(describedBy(chromium, "phone").contains("(715) 555-0123"), "the phone's format is told before any error");
        audit.checkPage("request access: contact");

        RequestAccessInBrowser.typeContact(chromium, email);
        chromium.type(By.id("phone"), "555-0123");
        chromium.driver().findElement(By.id("jobTitle")).clear();
        chromium.click(By.id("ta-next"));
        chromium.await(By.id("input-error-phone"));
        assertFocusOnInvalid(chromium, "phone", "Enter a 10-digit US phone number");
        audit.check("request access: contact with errors");

        chromium.type(By.id("phone"), "(715) 555-0123");
        chromium.type(By.id("jobTitle"), "Office Manager");
        chromium.click(By.id("ta-next"));
        chromium.await(By.id("ta-request-tins"));
        assertTrue(describedBy(chromium, "tin").contains("9 digits"), "the Tax ID's format is told before any error");
        audit.checkPage("request access: Tax IDs");
        chromium.type(By.id("tin"), "12-345");
        chromium.click(By.id("ta-add"));
        chromium.await(By.id("input-error-tin"));
        assertFocusOnInvalid(chromium, "tin", "9 digits");
        audit.check("request access: Tax ID refused");

        String tin = TestTins.next();
        chromium.type(By.id("tin"), tin.substring(0, 2) + "-" + tin.substring(2));
        chromium.click(By.id("ta-add"));
        chromium.await(By.cssSelector("#ta-added-tins .ta-tin"));
        chromium.click(By.id("ta-next"));
        chromium.await(By.id("ta-request-proof"));
        audit.checkPage("request access: proof");
        chromium.click(By.cssSelector("input[name=proof][value=check]"));
        chromium.click(By.id("ta-proof-next"));
        chromium.await(By.cssSelector("#ta-request-proof .pf-m-error, #ta-request-proof [id^=input-error-]"));
        audit.check("request access: proof with errors");

        chromium.click(By.cssSelector("input[name=proof][value=review]"));
        chromium.click(By.id("ta-proof-next"));
        chromium.await(By.id("ta-review"));
        audit.checkPage("request access: review");
        chromium.click(By.id("ta-submit"));
        chromium.await(By.id("ta-reference"));
        audit.checkPage("request access: confirmed");

        audit.assertNoViolations();
        audit.assertTitlesDiffer();
    }

    @Test
    void joinPageWithResultsAndErrorsKeepsTheSearchAfterARefusedSubmit(TinAccessServer server, Chromium chromium) {
        TinAccessApi reviewer = TinAccessApi.asNewReviewer(server);
        String family = "Birchwood Pediatrics " + UUID.randomUUID().toString().substring(0, 6);
        String tin = registeredProvider(server, reviewer, family + " North");
        registeredProvider(server, reviewer, family + " South");
        AccessibilityAudit audit = new AccessibilityAudit(chromium);

        chromium.open(server.realmUrl() + "/tin-access/join");
        chromium.await(By.id("ta-join-search"));
        assertTrue(describedBy(chromium, "npi").contains("10 digits"), "the NPI's format is told before any error");
        audit.checkPage("join: search");
        chromium.type(By.id("npi"), "1234567890");
        chromium.click(By.id("ta-search"));
        chromium.await(By.id("input-error-npi"));
        assertFocusOnInvalid(chromium, "npi", "check digit");
        audit.check("join: NPI refused");

        chromium.driver().findElement(By.id("npi")).clear();
        chromium.type(By.id("name"), family);
        chromium.click(By.id("ta-search"));
        chromium.await(By.id("ta-providers"));
        String masked = "**-***" + tin.substring(5);
        WebElement north = chromium.driver().findElements(By.cssSelector("#ta-providers .ta-provider-name")).stream()
                .filter(name -> name.getText().contains("North")).findFirst().orElseThrow();
        assertTrue(north.getText().contains(masked), north.getText());
        assertEquals("Tax ID ending " + tin.substring(5), north.findElement(By.cssSelector(".pf-v5-screen-reader")).getAttribute("textContent"),
                "the masked Tax ID is read as its last digits, not as asterisks");
        // The same page with its results: a state of it, not a page with a title of its own.
        audit.check("join: results");

        // Everything but the provider: the page answers with the same results and says what is missing.
        chromium.type(By.id("firstName"), "Pat");
        chromium.type(By.id("lastName"), "Lee");
        chromium.type(By.id("title"), "Billing Specialist");
        chromium.type(By.id("email"), "pat.lee@birchwood.test");
        chromium.type(By.id("confirmEmail"), "pat.lee@birchwood.test");
        chromium.type(By.id("phone"), "715-555-0142");
        chromium.type(By.id("reason"), "I file the clinic's claims.");
        chromium.click(By.id("ta-join-submit"));
        chromium.await(By.id("input-error-provider"));
        assertEquals(2, chromium.driver().findElements(By.cssSelector("#ta-providers input[name=provider]")).size(), "the results are still there");
        assertEquals(family, chromium.driver().findElement(By.id("name")).getAttribute("value"), "the search is still there");
        assertEquals("Pat", chromium.driver().findElement(By.id("firstName")).getAttribute("value"), "what was typed is kept");
        assertTrue(chromium.driver().findElement(By.id("input-error-provider")).getText().contains("Choose the provider"));
        WebElement focused = chromium.driver().switchTo().activeElement();
        assertEquals("provider", focused.getAttribute("name"), "focus is on the provider choice");
        assertEquals("input-error-provider", chromium.driver().findElement(By.id("ta-provider-choice")).getAttribute("aria-describedby"));
        audit.check("join: no provider chosen");

        audit.assertNoViolations();
        audit.assertTitlesDiffer();
    }

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
        chromium.type(By.id("password-new"), PortalUsers.PASSWORD);
        chromium.type(By.id("password-confirm"), PortalUsers.PASSWORD);
        chromium.click(By.id("kc-submit"));

        chromium.await(By.id("ta-security-image-form"));
        audit.checkPage("security image chooser");
        chromium.click(By.id("ta-image-save"));
        chromium.await(By.id("ta-security-image-form"));
        audit.check("security image chooser: nothing chosen");
        chromium.click(By.cssSelector("input[name=image][value=" + LoginPages.IMAGE + "]"));
        chromium.select(By.id("caption"), LoginPages.CAPTION);
        chromium.click(By.id("ta-image-save"));

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
        assertFocusOnInvalid(chromium, "phone", "10-digit US phone number");
        audit.check("enrol: text message, number refused");
        chromium.type(By.id("phone"), phone.typed());
        chromium.click(By.id("ta-send"));
        chromium.await(By.id("ta-phone-sent"));
        audit.checkPage("enrol: text message, code");
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
        WebElement recoveryCodes = chromium.driver().findElement(By.cssSelector("input[name=recoveryCodes]"));
        if (!recoveryCodes.isSelected()) {
            recoveryCodes.click();
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
        // One person who is both a TIN admin and a reviewer sees every page of ours.
        RoleRepresentation role = server.realm().roles().get("tin-reviewer").toRepresentation();
        server.realm().users().get(admin.admin().userId()).roles().realmLevel().add(List.of(role));
        ConsolePages console = new ConsolePages(server, chromium);
        AccessibilityAudit audit = new AccessibilityAudit(chromium);

        console.signIn(admin.admin().email(), PortalUsers.PASSWORD, admin.admin().totpSecret());
        for (String page : List.of("tin-access/tins", "tin-access/users", "tin-access/access-requests", "tin-access/security", "tin-access/review")) {
            // By address: after the 320 px views the side menu may stay folded away.
            chromium.driver().get(console.url(page));
            console.awaitConsole();
            awaitConsolePage(chromium);
            audit.checkPage("console: " + page);
        }
        chromium.click(By.cssSelector("[data-testid=open-request]"));
        awaitConsolePage(chromium);
        audit.checkPage("console: tin-access/review/{id}");

        audit.assertNoViolations();
        audit.assertTitlesDiffer();
    }

    private static String registeredProvider(TinAccessServer server, TinAccessApi reviewer, String organization) {
        String tin = TestTins.next();
        var contact = RequestAccessPages.contact(RealmUsers.uniqueEmail("a11y-provider"));
        contact.put("organization", organization);
        String reference = RequestAccessPages.open(server).requestAdminAccess(contact, List.of(tin));
        assertEquals(200, reviewer.approve(reviewer.findByReference(reference).get("id").asText(), tin).status());
        return tin;
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

    /** Focus is on {@code id}, marked invalid, and described by its error, which says {@code message}. */
    private static void assertFocusOnInvalid(Chromium chromium, String id, String message) {
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
    private static String describedBy(Chromium chromium, String id) {
        String ids = chromium.driver().findElement(By.id(id)).getAttribute("aria-describedby");
        assertNotNull(ids, id + " has a description");
        StringBuilder text = new StringBuilder();
        for (String describing : ids.split(" ")) {
            text.append(chromium.driver().findElement(By.id(describing)).getText()).append(' ');
        }
        return text.toString();
    }

    /** The security image's name as the theme's messages give it (securityImageName_{id}). */
    private static String imageName(String id) {
        Properties messages = new Properties();
        try (InputStream in = AccessibilityInBrowserIT.class.getClassLoader()
                .getResourceAsStream("theme/tin-access/login/messages/messages_en.properties")) {
            messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return messages.getProperty("securityImageName_" + id);
    }
}
