package org.tinaccess.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The run's one headless Chromium (Debian's, through Debian's chromedriver), shared by the browser
 * tests like the server is. Screenshots go to target/screenshots.
 */
public final class Chromium implements AutoCloseable {

    static final Path BINARY = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    private static final int CLICKS_TO_OPEN = 3;

    private final ChromeDriver driver;
    private final Path screenshots = Path.of(System.getProperty("keycloak.test.screenshots", "target/screenshots"));

    private Chromium(ChromeDriver driver) {
        this.driver = driver;
    }

    static boolean isInstalled() {
        return Files.isExecutable(BINARY) && Files.isExecutable(DRIVER);
    }

    /** A browser of its own (cookies, windows): for a test that needs two people at once, who closes it. */
    public static Chromium start() {
        ChromeOptions options = new ChromeOptions()
                .setBinary(BINARY.toFile())
                .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run", "--window-size=1280,1000");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return new Chromium(driver);
    }

    public ChromeDriver driver() {
        return driver;
    }

    /** A clean start: no cookies of earlier tests, at {@code url}. */
    public void open(String url) {
        driver.manage().deleteAllCookies();
        driver.get(url);
        driver.manage().deleteAllCookies();
        driver.get(url);
    }

    public WebElement await(By locator) {
        return new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    public void type(By locator, String text) {
        WebElement field = await(locator);
        field.clear();
        field.sendKeys(text);
    }

    /**
     * Presses Enter in a field and waits for the page it posts to load: the form's implicit
     * submission, as a person used to the Enter key sends it.
     */
    public void pressEnter(By locator) {
        WebElement field = await(locator);
        WebElement page = driver().findElement(By.tagName("html"));
        field.sendKeys(Keys.ENTER);
        new WebDriverWait(driver(), Duration.ofSeconds(20)).until(ExpectedConditions.stalenessOf(page));
    }

    /** Picks the option whose value is {@code value} in a select list. */
    public void select(By locator, String value) {
        new Select(await(locator)).selectByValue(value);
    }

    public void click(By locator) {
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.elementToBeClickable(locator)).click();
    }

    /**
     * Clicks what {@code target} finds once it can be clicked and returns what the click opened
     * ({@code opens}, once visible). The console renders a row again when its data arrives, and a click
     * that landed on the row just replaced opens nothing; then the row as it is now is clicked again,
     * up to {@value #CLICKS_TO_OPEN} times, and a click that never opens {@code opens} fails the test.
     */
    public WebElement clickToOpen(By target, By opens) {
        TimeoutException last = null;
        for (int attempt = 0; attempt < CLICKS_TO_OPEN; attempt++) {
            try {
                new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.elementToBeClickable(target)).click();
            } catch (StaleElementReferenceException replacedWhileClicked) {
                continue;
            }
            try {
                return new WebDriverWait(driver, Duration.ofSeconds(8)).until(ExpectedConditions.visibilityOfElementLocated(opens));
            } catch (TimeoutException notOpened) {
                last = notOpened;
            }
        }
        throw new AssertionError("clicking " + target + " did not open " + opens, last);
    }

    /** Saves what the page looks like now as target/screenshots/{name}.png. */
    public Path screenshot(String name) {
        try {
            Files.createDirectories(screenshots);
            Path file = screenshots.resolve(name + ".png");
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
