package org.tinaccess.it.support;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The tin-access account console in Chromium: signing in to it and moving between its pages. */
public final class ConsolePages {

    private final TinAccessServer server;
    private final Chromium chromium;

    public ConsolePages(TinAccessServer server, Chromium chromium) {
        this.server = server;
        this.chromium = chromium;
    }

    public String url(String page) {
        return server.realmUrl() + "/account/" + page;
    }

    /** Signs in on the real pages (username, security image, password, authenticator code) from a clean browser. */
    public ConsolePages signIn(String email, String password, String totpSecret) {
        return signInThrough(url(""), email, password, totpSecret);
    }

    /** As {@link #signIn(String, String, String)}, from a link into the console (a mail's): back on the page it names. */
    public ConsolePages signInThrough(String link, String email, String password, String totpSecret) {
        chromium.open(link);
        passwordSteps(email, password);
        chromium.type(By.id("otp"), Totp.unspentCode(totpSecret));
        chromium.click(By.id("kc-login"));
        return awaitConsole();
    }

    /**
     * First sign-in of an account that has only a password: the security image and the MFA chooser
     * come first (authenticator app); answers the app's secret.
     */
    public String signInFirstTime(String email, String password) {
        chromium.open(url(""));
        passwordSteps(email, password);
        chooseImageAndApp();
        String secret = enrolApp();
        awaitConsole();
        return secret;
    }

    /**
     * The activation (or invitation) link of an e-mail: new password, security image, authenticator
     * app, ending on Keycloak's page with the link to the portal; answers the app's secret.
     */
    public String activate(String link, String password) {
        chromium.open(link);
        chromium.type(By.id("password-new"), password);
        chromium.type(By.id("password-confirm"), password);
        chromium.click(By.id("kc-submit"));
        chooseImageAndApp();
        String secret = enrolApp();
        chromium.await(By.cssSelector("a[href^='" + server.portalUrl() + "']"));
        return secret;
    }

    /** Image, then the authenticator app (without recovery codes) on the MFA chooser, as during activation. */
    public void chooseImageAndApp() {
        chromium.await(By.id("ta-security-image-form"));
        chromium.click(By.cssSelector("input[name=image][value=" + LoginPages.IMAGE + "]"));
        chromium.select(By.id("caption"), LoginPages.CAPTION);
        chromium.click(By.id("ta-image-save"));
        chromium.await(By.id("ta-mfa-enroll"));
        chromium.click(By.cssSelector("input[name=method][value=app]"));
        if (chromium.await(By.cssSelector("input[name=recoveryCodes]")).isSelected()) {
            chromium.click(By.cssSelector("input[name=recoveryCodes]"));
        }
        chromium.click(By.id("ta-mfa-continue"));
    }

    /**
     * Keycloak's authenticator-app page: reads the secret as a person would from "Unable to scan?";
     * then the terms of use, the last step of a first use.
     */
    public String enrolApp() {
        chromium.await(By.id("kc-totp-settings-form"));
        String secret = chromium.driver().findElement(By.id("totpSecret")).getAttribute("value");
        chromium.type(By.id("totp"), Totp.code(secret, 0));
        chromium.type(By.id("userLabel"), "phone");
        chromium.click(By.id("saveTOTPBtn"));
        acceptTerms();
        return secret;
    }

    /** Keycloak's terms page with the plan's terms of use: Accept. */
    public void acceptTerms() {
        chromium.click(By.id("kc-accept"));
    }

    /**
     * The sign-in pages a console action led to (a reviewer action asking for a recent second
     * factor): e-mail, picture and password, the app's code; back on the console page it left.
     */
    /**
     * Signs in again when the console asks (a step-up): the session knows who this is, so the page asks
     * for the password at once, showing the address once and read-only, with no second, empty field.
     */
    public ConsolePages signInAgain(String email, String password, String totpSecret) {
        chromium.await(By.id("password"));
        if (!chromium.driver().findElements(By.cssSelector("input#username, input[name=username]")).isEmpty()) {
            throw new AssertionError("signing in again asked for the e-mail address again");
        }
        String shown = chromium.driver().findElement(By.id("kc-attempted-username")).getAttribute("value");
        if (!email.equals(shown)) {
            throw new AssertionError("signing in again does not say whose password it asks for: " + shown);
        }
        if (!chromium.driver().findElements(By.cssSelector("#kc-registration, a[href*='/tin-access/join']")).isEmpty()) {
            throw new AssertionError("signing in again offers to request access");
        }
        chromium.type(By.id("password"), password);
        chromium.click(By.id("kc-login"));
        chromium.type(By.id("otp"), Totp.unspentCode(totpSecret));
        chromium.click(By.id("kc-login"));
        return awaitConsole();
    }

    private void passwordSteps(String email, String password) {
        chromium.type(By.id("username"), email);
        chromium.click(By.id("kc-login"));
        chromium.type(By.id("password"), password);
        chromium.click(By.id("kc-login"));
    }

    public ConsolePages awaitConsole() {
        new WebDriverWait(chromium.driver(), Duration.ofSeconds(30))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("nav[aria-label=Account]")));
        return this;
    }

    /** Follows the side menu's link to {@code page} (e.g. tin-access/users), opening its group first if it is closed. */
    public ConsolePages open(String page) {
        WebElement link = new WebDriverWait(chromium.driver(), Duration.ofSeconds(20))
                .until(ExpectedConditions.presenceOfElementLocated(menuLink(page)));
        if (!link.isDisplayed()) {
            chromium.clickToOpen(By.xpath("//nav[@aria-label='Account']//a[contains(@href, '/account/" + page
                    + "')]/ancestor::li[contains(@class, 'pf-m-expandable')]/button"), menuLink(page));
        }
        chromium.click(menuLink(page));
        return this;
    }

    public By menuLink(String page) {
        return By.cssSelector("nav[aria-label=Account] a[href$='/account/" + page + "']");
    }

    public boolean menuShows(String page) {
        return !chromium.driver().findElements(menuLink(page)).isEmpty();
    }

    /** The table row marked {@code data-testid}, once the page's data has arrived. */
    public WebElement row(String testId) {
        return chromium.await(By.cssSelector("tr[data-testid='" + testId + "']"));
    }

    /** A button of the table row marked {@code data-testid}: {@code rowTestId}'s {@code buttonTestId}. */
    public By rowButton(String rowTestId, String buttonTestId) {
        return By.cssSelector("tr[data-testid='" + rowTestId + "'] [data-testid='" + buttonTestId + "']");
    }

    /** Clicks the confirm button of the open modal and waits for the modal to close. */
    public void confirm() {
        chromium.click(By.cssSelector("[data-testid=confirm]"));
        new WebDriverWait(chromium.driver(), Duration.ofSeconds(20))
                .until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("[role=dialog]")));
    }
}
