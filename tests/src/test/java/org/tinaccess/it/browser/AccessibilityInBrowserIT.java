package org.tinaccess.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.tinaccess.it.support.AccessibilityAudit;
import org.tinaccess.it.support.AccessibleFields;
import org.tinaccess.it.support.Axe;
import org.tinaccess.it.support.BrowserTest;
import org.tinaccess.it.support.Chromium;
import org.tinaccess.it.support.FactorHolders;
import org.tinaccess.it.support.Mails;
import org.tinaccess.it.support.PaymentRecords;
import org.tinaccess.it.support.PortalClient;
import org.tinaccess.it.support.RealmUsers;
import org.tinaccess.it.support.RequestAccessInBrowser;
import org.tinaccess.it.support.RequestAccessPages;
import org.tinaccess.it.support.TestTins;
import org.tinaccess.it.support.TinAccessApi;
import org.tinaccess.it.support.TinAccessServer;
import org.tinaccess.it.support.ViewingConditions;

/**
 * The pages a person meets before having an account, or signing in, pass axe-core's WCAG
 * 2.1 A and AA rules, light at 1280 and 320 px and dark at 1280 px ({@link AccessibilityAudit}); and what axe
 * cannot see: titles of their own, focus on the first invalid field with its message as its
 * description, the security image named by its alt text, the join page keeping its search after a
 * refused submit, masked Tax IDs read by their last digits.
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
        AccessibleFields.assertFocusOnInvalid(chromium, "password", "Invalid username or password.");
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
    void phoneCodeAndRecoveryCodeSignInStepsAndTheirErrorStates(TinAccessServer server, Chromium chromium) {
        AccessibilityAudit audit = new AccessibilityAudit(chromium);

        FactorHolders.Holder texted = FactorHolders.create(server, FactorHolders.Factor.SMS);
        passwordStep(server, chromium, texted.email());
        chromium.await(By.id("ta-phone-otp-form"));
        audit.checkPage("sign-in: phone code");
        chromium.type(By.id("code"), "000000");
        chromium.click(By.id("ta-verify"));
        chromium.await(By.id("input-error-code"));
        AccessibleFields.assertFocusOnInvalid(chromium, "code", "");
        audit.check("sign-in: wrong phone code");

        FactorHolders.Holder recovering = FactorHolders.create(server, FactorHolders.Factor.RECOVERY_CODES_ONLY);
        passwordStep(server, chromium, recovering.email());
        chromium.await(By.id("kc-recovery-code-login-form"));
        audit.checkPage("sign-in: recovery code");
        chromium.type(By.id("recoveryCodeInput"), "0000-0000-0000");
        chromium.click(By.cssSelector("#kc-recovery-code-login-form [type=submit]"));
        chromium.await(By.id("input-error-recoveryCodeInput"));
        audit.check("sign-in: wrong recovery code");

        audit.assertNoViolations();
        audit.assertTitlesDiffer();
    }

    @Test
    void pinPageWithATaxIdPerFormAndAWrongPin(TinAccessServer server, Chromium chromium) {
        TinAccessApi reviewer = TinAccessApi.asNewReviewer(server);
        String first = TestTins.next();
        String second = TestTins.next();
        PaymentRecords.upload(server, reviewer, first + ",V-11,,CHK-11,2026-10-01,Birch Clinic,11 Birch St,,Wausau,WI,54401\n"
                + second + ",V-12,,CHK-12,2026-10-01,Birch Clinic,11 Birch St,,Wausau,WI,54401\n");
        String email = RealmUsers.uniqueEmail("a11y-pin");
        RequestAccessPages.open(server).enterContact(RequestAccessPages.contact(email)).addTin(first).addTin(second).next()
                .prove(java.util.Map.of("proof", "mail")).prove(java.util.Map.of("proof", "mail")).submit();
        String link = Mails.html(server.inbox().awaitMessageTo(email)).selectFirst("a[href*='/tin-access/pin?key=']").attr("href");
        AccessibilityAudit audit = new AccessibilityAudit(chromium);

        chromium.open(link);
        chromium.await(By.cssSelector(".ta-pin-form"));
        assertEquals(2, chromium.driver().findElements(By.cssSelector(".ta-pin-form input[name=pin]")).size());
        assertEquals(List.of("pin-0", "pin-1"), chromium.driver().findElements(By.cssSelector(".ta-pin-form input[name=pin]")).stream()
                .map(input -> input.getAttribute("id")).toList(), "one id per field");
        assertStartsIn(chromium, "pin-0");
        audit.checkPage("PIN entry");
        chromium.type(By.id("pin-0"), "WRONGPIN");
        chromium.click(By.id("ta-pin-submit-0"));
        chromium.await(By.cssSelector(".ta-pin-form"));
        audit.check("PIN entry: wrong PIN");

        audit.assertNoViolations();
        audit.assertTitlesDiffer();
    }

    /** The e-mail and password steps of the portal's sign-in, up to the person's second factor. */
    private static void passwordStep(TinAccessServer server, Chromium chromium, String email) {
        chromium.open(new PortalClient(server).authorizationUrl());
        chromium.type(By.id("username"), email);
        chromium.click(By.id("kc-login"));
        chromium.type(By.id("password"), RealmUsers.PASSWORD);
        chromium.click(By.id("kc-login"));
    }

    @Test
    void requestAccessStepsAndTheirErrorStates(TinAccessServer server, Chromium chromium) throws IOException {
        AccessibilityAudit audit = new AccessibilityAudit(chromium);
        // A long address, to show it wraps inside the card at 320 px.
        String email = "jane.a-rather-long-mailbox-name-" + UUID.randomUUID().toString().substring(0, 8) + "@northwoods-family-clinic.test";

        chromium.open(new PortalClient(server).authorizationUrl());
        chromium.click(By.cssSelector("#kc-registration a"));
        chromium.await(By.id("ta-request-contact"));
        assertEquals("true", chromium.driver().findElement(By.id("firstName")).getAttribute("aria-required"));
        assertTrue(AccessibleFields.describedBy(chromium, "phone").contains("(715) 555-0123"), "the phone's format is told before any error");
        assertStartsIn(chromium, "firstName");
        audit.checkPage("request access: contact");
        // The pages are checked by the current axe-core, the version the console's package.json pins, not the Java binding's older copy.
        String pinned = new ObjectMapper().readTree(Path.of(System.getProperty("tin-access.root", "..")).resolve("themes/account-console/package.json").toFile())
                .path("devDependencies").path("axe-core").asText();
        assertEquals(pinned, Axe.engineVersion(chromium));
        // The audit can fail: violations planted in the page are reported, each with its rule, and gone once removed.
        chromium.driver().executeScript("""
                const planted = document.createElement('div');
                planted.id = 'ta-planted';
                planted.innerHTML = '<img src="data:,"><button type="button"></button><p style="color:#ddd;background:#fff">faint</p>';
                document.body.appendChild(planted);
                """);
        List<String> planted = Axe.violations(chromium);
        assertTrue(planted.stream().anyMatch(line -> line.startsWith("image-alt 1")), planted.toString());
        assertTrue(planted.stream().anyMatch(line -> line.startsWith("button-name 1")), planted.toString());
        assertTrue(Axe.colourViolations(chromium).stream().anyMatch(line -> line.startsWith("color-contrast 1")), "the faint text");
        chromium.driver().executeScript("document.getElementById('ta-planted').remove()");
        assertEquals(List.of(), Axe.violations(chromium));
        // At 320 px a checkbox's hint runs under its box the form's width, and the help line keeps off the screen's edge.
        new ViewingConditions("light", 320).apply(chromium);
        try {
            Object layout = chromium.driver().executeScript("""
                    const hint = document.getElementById('input-hint-billingService').getBoundingClientRect();
                    const form = document.getElementById('ta-request-contact').getBoundingClientRect();
                    const help = document.getElementById('ta-help');
                    const text = help ? help.getBoundingClientRect() : null;
                    const inner = help ? parseFloat(getComputedStyle(help).paddingLeft) : 16;
                    return [hint.width >= form.width * 0.8, inner >= 8];""");
            assertEquals(List.of(true, true), layout, "the billing-service hint is the form's width; the help line has room at its edges");
        } finally {
            ViewingConditions.reset(chromium);
        }

        RequestAccessInBrowser.typeContact(chromium, email);
        chromium.type(By.id("phone"), "555-0123");
        chromium.driver().findElement(By.id("jobTitle")).clear();
        chromium.click(By.id("ta-next"));
        chromium.await(By.id("input-error-phone"));
        AccessibleFields.assertFocusOnInvalid(chromium, "phone", "Enter a 10-digit US phone number");
        audit.check("request access: contact with errors");

        chromium.type(By.id("phone"), "(715) 555-0123");
        chromium.type(By.id("jobTitle"), "Office Manager");
        chromium.click(By.id("ta-next"));
        chromium.await(By.id("ta-request-tins"));
        assertTrue(AccessibleFields.describedBy(chromium, "tin").contains("9 digits"), "the Tax ID's format is told before any error");
        assertStartsIn(chromium, "tin");
        audit.checkPage("request access: Tax IDs");
        chromium.type(By.id("tin"), "12-345");
        chromium.click(By.id("ta-add"));
        chromium.await(By.id("input-error-tin"));
        AccessibleFields.assertFocusOnInvalid(chromium, "tin", "9 digits");
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
        chromium.type(By.id("vendorNumber"), "V-0000");
        chromium.type(By.id("checkNumber"), "CHK-0000");
        chromium.click(By.id("ta-proof-next"));
        chromium.await(By.id("input-error-proof"));
        WebElement chosen = chromium.driver().switchTo().activeElement();
        assertEquals("check", chosen.getAttribute("value"), "focus is on the refused choice");
        assertEquals("true", chosen.getAttribute("aria-invalid"));
        assertEquals("input-error-proof", chosen.getAttribute("aria-describedby"));
        audit.check("request access: payment not matched");

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
        assertTrue(AccessibleFields.describedBy(chromium, "npi").contains("10 digits"), "the NPI's format is told before any error");
        assertStartsIn(chromium, "npi");
        audit.checkPage("join: search");
        chromium.type(By.id("npi"), "1234567890");
        chromium.click(By.id("ta-search"));
        chromium.await(By.id("input-error-npi"));
        AccessibleFields.assertFocusOnInvalid(chromium, "npi", "check digit");
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
        chromium.click(By.cssSelector("input[name=program][value=medicare]"));
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
    void notListedFormItsErrorStateAndItsConfirmation(TinAccessServer server, Chromium chromium) {
        AccessibilityAudit audit = new AccessibilityAudit(chromium);

        chromium.open(server.realmUrl() + "/tin-access/join");
        chromium.click(By.cssSelector("#ta-not-listed-link a"));
        chromium.await(By.id("ta-not-listed"));
        assertTrue(AccessibleFields.describedBy(chromium, "tin").contains("9 digits"), "the Tax ID's format is told before any error");
        assertStartsIn(chromium, "firstName");
        audit.checkPage("not listed: form");

        // Everything but the first name, and a Tax ID too short: focus goes to the first name, the Tax ID keeps what was typed.
        chromium.type(By.id("lastName"), "Nakamura");
        chromium.type(By.id("email"), "robin.nakamura@northwoods.test");
        chromium.type(By.id("phone"), "715-555-0187");
        chromium.type(By.id("organization"), "Northwoods Rural Health");
        chromium.type(By.id("tin"), "12-34");
        chromium.click(By.cssSelector("input[name=program][value=medicare]"));
        chromium.type(By.id("message"), "We cannot find our clinic in the list.");
        chromium.click(By.id("ta-not-listed-submit"));
        chromium.await(By.id("input-error-firstName"));
        AccessibleFields.assertFocusOnInvalid(chromium, "firstName", "fill in");
        assertTrue(AccessibleFields.describedBy(chromium, "tin").contains("has 9 digits"));
        assertEquals("12-34", chromium.driver().findElement(By.id("tin")).getAttribute("value"), "what was typed is kept");
        audit.check("not listed: errors");

        chromium.type(By.id("firstName"), "Robin");
        chromium.driver().findElement(By.id("tin")).clear();
        chromium.click(By.id("ta-not-listed-submit"));
        chromium.await(By.id("ta-not-listed-sent"));
        audit.checkPage("not listed: received");

        audit.assertNoViolations();
        audit.assertTitlesDiffer();
    }

    @Test
    void didNotGetTheActivationEmailFormItsErrorAndItsAnswer(TinAccessServer server, Chromium chromium) {
        AccessibilityAudit audit = new AccessibilityAudit(chromium);

        chromium.open(new PortalClient(server).authorizationUrl());
        chromium.click(By.cssSelector("#ta-resend-link a"));
        chromium.await(By.id("ta-resend"));
        assertStartsIn(chromium, "email");
        audit.checkPage("new activation link: form");

        chromium.type(By.id("email"), "robin.nakamura@");
        chromium.pressEnter(By.id("email"));
        chromium.await(By.id("input-error-email"));
        AccessibleFields.assertFocusOnInvalid(chromium, "email", "valid e-mail");
        assertEquals("robin.nakamura@", chromium.driver().findElement(By.id("email")).getAttribute("value"), "what was typed is kept");

        chromium.type(By.id("email"), "robin.nakamura@northwoods.test");
        chromium.pressEnter(By.id("email"));
        assertTrue(chromium.await(By.id("ta-resend-sent")).getText().contains("spam or junk folder"));
        audit.checkPage("new activation link: sent");

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

    /** A page whose first task is typing starts with focus in its first field. */
    private static void assertStartsIn(Chromium chromium, String field) {
        assertEquals(field, chromium.driver().switchTo().activeElement().getAttribute("id"), "focus starts in the page's first field");
    }
}
