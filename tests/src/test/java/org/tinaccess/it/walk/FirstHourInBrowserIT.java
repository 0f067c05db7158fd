package org.tinaccess.it.walk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.tinaccess.it.support.Await;
import org.tinaccess.it.support.Axe;
import org.tinaccess.it.support.BrowserTest;
import org.tinaccess.it.support.Chromium;
import org.tinaccess.it.support.Readme;
import org.tinaccess.it.support.ReadmeWalk;
import org.tinaccess.it.support.RealmUsers;
import org.tinaccess.it.support.RequestAccessInBrowser;
import org.tinaccess.it.support.TermsOfUse;
import org.tinaccess.it.support.TinAccessServer;
import org.tinaccess.it.support.Totp;

/**
 * The README's "What you see after the run command", walked in Chromium as a newcomer follows it:
 * every address of its table answers, then the six steps of the first hour, from the example portal
 * through the request, the demo reviewer's first sign-in and approval, the activation link opened
 * from the mail folder, to the portal's TIN table, the account console and sign-out.
 */
@BrowserTest
class FirstHourInBrowserIT {

    private static final String SECTION = "What you see after the run command";
    private static final String WALK = "Your first hour: the whole journey in a browser";
    private static final String PASSWORD = "Quiet-Harbor-77";
    /** An address up to the space, pipe, dash or comma after it; a full stop after it ends the sentence, not the address. */
    private static final Pattern ADDRESS = Pattern.compile("http://localhost:\\d+[^\\s|—,]*[^\\s|—,.]");
    /** Code spans read as quoted text once rendered. */
    private static final Pattern EXAMPLE_TIN = Pattern.compile("TIN such as \"?(\\d{2}-\\d{7})");
    private static final Pattern DEMO_REVIEWER = Pattern.compile("demo reviewer: e-mail \"([^\"]+)\", then the password \"([^\"]+)\"");

    @Test
    void everyAddressOfTheTableAnswers(TinAccessServer server, Chromium chromium) throws Exception {
        ReadmeWalk walk = new ReadmeWalk(server, chromium, Readme.load().section(WALK));
        Matcher addresses = ADDRESS.matcher(Readme.load().section(SECTION).text());
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();
        int seen = 0;
        while (addresses.find()) {
            String address = walk.address(addresses.group());
            HttpResponse<Void> answer = http.send(HttpRequest.newBuilder(URI.create(address)).build(), HttpResponse.BodyHandlers.discarding());
            assertEquals(200, answer.statusCode(), addresses.group() + " (here " + address + ")");
            seen++;
        }
        assertTrue(seen >= 5, "the table lists the portal, the console, discovery, the settings and the admin console");
    }

    @Test
    void aNewcomerFollowsTheFirstHourFromThePortalToSigningOut(TinAccessServer server, Chromium chromium) {
        ReadmeWalk walk = new ReadmeWalk(server, chromium, Readme.load().section(WALK));
        String email = RealmUsers.uniqueEmail("first-hour");

        // 1. The example portal, its Sign in, Keycloak's Request access.
        walk.step(1, ReadmeWalk.RUN_COMMAND_PORTAL, "Sign in", "Request access");
        chromium.open(walk.address(ReadmeWalk.RUN_COMMAND_PORTAL));
        Axe.assertClean(chromium, "portal, signed out");
        walk.click("Sign in");
        walk.click("Request access");

        // 2. Contact details, one TIN, submit.
        String tin = find(EXAMPLE_TIN, walk.step(2, "server/target/mail/", "Next", "Add", "Show this Tax ID is yours",
                "Have our team review my request", "Submit request", "Request Confirmed"));
        RequestAccessInBrowser.typeContact(chromium, email);
        walk.click("Next");
        chromium.type(By.id("tin"), tin);
        walk.click("Add");
        chromium.await(By.cssSelector("#ta-added-tins .ta-tin"));
        walk.click("Next");
        walk.awaitText("Show this Tax ID is yours");
        walk.choose("Have our team review my request");
        walk.click("Next");
        walk.click("Submit request");
        walk.awaitText("Request Confirmed");
        String reference = chromium.await(By.id("ta-reference")).getText();

        // 3. A private window: the demo reviewer's first sign-in, security image and MFA choosers.
        String consoleStep = walk.step(3, "http://localhost:8080/realms/provider-portal/account", "Choose a Security Image", "Submit",
                "Set up multifactor authentication", "Authenticator app", "Also create recovery codes", "Next", "Unable to scan?",
                TermsOfUse.TITLE, "Accept");
        Matcher reviewer = DEMO_REVIEWER.matcher(consoleStep);
        assertTrue(reviewer.find(), consoleStep);
        chromium.open(walk.address("http://localhost:8080/realms/provider-portal/account"));
        chromium.type(By.id("username"), reviewer.group(1));
        chromium.click(By.id("kc-login"));
        chromium.type(By.id("password"), reviewer.group(2));
        chromium.click(By.id("kc-login"));
        String reviewerSecret = chooseImageAndApp(walk, chromium);
        awaitConsole(chromium);

        // 4. Review queue, the request, Approve and confirm; the private window closes.
        walk.step(4, "Review queue", "Provider access", "Filter by Tax ID", "Approve", "sign in again", "once more");
        WebElement queue = new WebDriverWait(chromium.driver(), Duration.ofSeconds(30))
                .until(ExpectedConditions.presenceOfElementLocated(ReadmeWalk.labelled("Review queue")));
        if (!queue.isDisplayed()) {
            walk.click("Provider access");
        }
        walk.click("Review queue");
        chromium.type(By.cssSelector("input[aria-label='Filter by Tax ID']"), tin + Keys.ENTER);
        walk.click(reference);
        walk.click("Approve");
        chromium.click(By.xpath("//*[@role='dialog']//button[normalize-space(.)='Approve']"));
        // Sign in again: a second factor within 5 minutes (the first sign-in only enrolled one). The page
        // knows whose password it asks for.
        chromium.type(By.id("password"), reviewer.group(2));
        chromium.click(By.id("kc-login"));
        chromium.type(By.id("otp"), Totp.unspentCode(reviewerSecret));
        chromium.click(By.id("kc-login"));
        walk.click("Approve");
        chromium.click(By.xpath("//*[@role='dialog']//button[normalize-space(.)='Approve']"));
        walk.awaitText("approved");
        chromium.driver().manage().deleteAllCookies();

        // 5. The approval mail from the mail folder, its Activate Account link, password and choosers.
        walk.step(5, "server/target/mail/", "your-provider-portal-access-has-been-approved.html", "Activate Account",
                "Your account has been updated");
        Path approval = approvalMail(server, email);
        chromium.driver().get(approval.toUri().toString());
        walk.click("Activate Account");
        chromium.type(By.id("password-new"), PASSWORD);
        chromium.type(By.id("password-confirm"), PASSWORD);
        walk.click("Submit");
        String secret = chooseImageAndApp(walk, chromium);
        walk.awaitText("Your account has been updated");

        // 6. Back to the portal: sign in, the TIN table, the account console, sign out.
        walk.step(6, "Sign in", "Admin", "Account console", "Back at " + ReadmeWalk.RUN_COMMAND_PORTAL, "Sign out");
        chromium.click(By.cssSelector("a[href^='" + server.portalUrl() + "']"));
        walk.click("Sign in");
        chromium.type(By.id("username"), email);
        chromium.click(By.id("kc-login"));
        chromium.type(By.id("password"), PASSWORD);
        chromium.click(By.id("kc-login"));
        chromium.type(By.id("otp"), Totp.unspentCode(secret));
        chromium.click(By.id("kc-login"));
        WebElement row = chromium.await(By.cssSelector("#tins tbody tr"));
        assertEquals(List.of(tin, "Admin", "none yet"), row.findElements(By.tagName("td")).stream().map(WebElement::getText).toList());
        chromium.screenshot("example-portal-tins");
        Axe.assertClean(chromium, "portal, signed in");

        walk.click("Account console");
        awaitConsole(chromium);
        assertTrue(chromium.driver().findElements(By.cssSelector("nav[aria-label=Account] a[href$='/account/tin-access/users']")).size() > 0,
                "the new admin's console offers the Users page");
        chromium.driver().get(walk.address(ReadmeWalk.RUN_COMMAND_PORTAL));

        walk.click("Sign out");
        walk.awaitText("You are signed out");
        Axe.assertClean(chromium, "portal, signed out again");
        chromium.driver().get(walk.address("http://localhost:8080/realms/provider-portal/account"));
        chromium.await(By.id("username"));
    }

    /** Step 3's (and step 5's) choosers: any picture with a caption from the list, then the authenticator app without recovery codes. */
    private static String chooseImageAndApp(ReadmeWalk walk, Chromium chromium) {
        walk.awaitText("Choose a Security Image");
        chromium.click(By.cssSelector("label.ta-image-option"));
        chromium.select(By.id("caption"), "harbor-lights");
        walk.click("Submit");
        walk.awaitText("Set up multifactor authentication");
        walk.choose("Authenticator app");
        walk.choose("Also create recovery codes");
        walk.click("Next");
        walk.click("Unable to scan?");
        String secret = chromium.driver().findElement(By.id("totpSecret")).getAttribute("value");
        chromium.type(By.id("totp"), Totp.unspentCode(secret));
        walk.click("Submit");
        walk.awaitText(TermsOfUse.TITLE);
        walk.click("Accept");
        return secret;
    }

    private static void awaitConsole(Chromium chromium) {
        new WebDriverWait(chromium.driver(), Duration.ofSeconds(30))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("nav[aria-label=Account]")));
    }

    /** The newest approval mail to {@code email} in the mail folder, as the README names it. */
    private static Path approvalMail(TinAccessServer server, String email) {
        return Await.until("the approval mail to " + email + " in " + server.inbox().mailFolder(), Duration.ofSeconds(30),
                () -> newestApprovalTo(server.inbox().mailFolder(), email), Optional::isPresent).orElseThrow();
    }

    private static Optional<Path> newestApprovalTo(Path folder, String email) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.getFileName().toString().endsWith("-your-provider-portal-access-has-been-approved.html"))
                    .filter(html -> isTo(Path.of(html.toString().replaceAll("\\.html$", ".eml")), email))
                    .max(Comparator.comparing(Path::getFileName));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isTo(Path eml, String email) {
        try {
            return Files.exists(eml) && Files.readString(eml).contains("To: " + email);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String find(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        assertTrue(matcher.find(), pattern + " in:\n" + text);
        return matcher.group(1);
    }
}
