package se.finsam.journey.api.web;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium (Debian's {@code chromium} and {@code chromium-driver}) driving the pages of a service
 * started by the test. Nothing is downloaded: the binary and the driver are named explicitly. Where they are not
 * installed the browser tests are skipped, unless {@code JOURNEY_BROWSER_TESTS=required} (as {@code .ci/run} sets
 * it), which makes their absence a failure. Screenshots go to {@code target/screenshots/}.
 */
public final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("JOURNEY_CHROMIUM", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getenv().getOrDefault("JOURNEY_CHROMEDRIVER",
            "/usr/bin/chromedriver"));
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final WebDriver driver;
    private final String base;
    private final Path downloads;

    private Browser(WebDriver driver, String base, Path downloads) {
        this.driver = driver;
        this.base = base;
        this.downloads = downloads;
    }

    /** A browser for the service at {@code port}, or the test is skipped (or failed, in CI) without Chromium. */
    public static Browser open(int port) {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!installed && "required".equals(System.getenv("JOURNEY_BROWSER_TESTS"))) {
            throw new IllegalStateException("browser tests are required, but " + CHROMIUM + " or " + CHROMEDRIVER
                    + " is missing: apt-get install -y chromium chromium-driver");
        }
        assumeTrue(installed, "Chromium is not installed (apt-get install -y chromium chromium-driver): "
                + "browser tests skipped");
        try {
            Path downloads = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "downloads-");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM.toFile());
            options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--disable-gpu", "--window-size=1280,1000", "--lang=sv-SE");
            options.setExperimentalOption("prefs", java.util.Map.of(
                    "download.default_directory", downloads.toAbsolutePath().toString(),
                    "download.prompt_for_download", false,
                    "intl.accept_languages", "sv-SE,sv"));
            // Keeps the console, where Chromium reports what the Content-Security-Policy refused.
            options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().implicitlyWait(Duration.ZERO);
            return new Browser(driver, "http://localhost:" + port, downloads);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public WebDriver driver() {
        return driver;
    }

    public void go(String path) {
        driver.get(base + path);
    }

    /** Signs in through the form, as a person does, and lands on the start page. */
    public void signIn(String username, String password) {
        go("/login");
        find(By.id("username")).sendKeys(username);
        find(By.id("password")).sendKeys(password);
        find(By.cssSelector("form button[type=submit]")).click();
        waitFor(d -> !d.getCurrentUrl().contains("/login") || !d.findElements(By.cssSelector(".message.error"))
                .isEmpty());
    }

    public void signOut() {
        find(By.cssSelector("form[action$='/logout'] button")).click();
        waitFor(d -> d.getCurrentUrl().contains("/login"));
    }

    public WebElement find(By by) {
        return new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.findElement(by));
    }

    public List<WebElement> findAll(By by) {
        return driver.findElements(by);
    }

    public String text(By by) {
        return find(by).getText();
    }

    public <T> T waitFor(java.util.function.Function<WebDriver, T> condition) {
        return waitFor(Duration.ofSeconds(15), condition);
    }

    /**
     * Waits until {@code condition} holds. An element that belongs to the page being replaced (after a click that
     * navigates) goes stale while the condition reads it: that only means "not yet", so it is asked again.
     */
    public <T> T waitFor(Duration timeout, java.util.function.Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, timeout).ignoring(StaleElementReferenceException.class)
                .until(condition::apply);
    }

    /** What the pages wrote to the console since the last call (errors, warnings, refusals by the CSP). */
    public List<String> consoleMessages() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage).toList();
    }

    /** The folder the browser saves downloads in (fresh per browser). */
    public Path downloads() {
        return downloads;
    }

    /** Waits for a download whose name ends with {@code suffix} to be complete, and returns it. */
    public Path downloaded(String suffix) {
        return waitFor(Duration.ofSeconds(30), d -> {
            try (var files = Files.list(downloads)) {
                return files.filter(f -> f.getFileName().toString().endsWith(suffix)).findFirst().orElse(null);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** Saves what the browser shows as {@code target/screenshots/<name>.png} (kept by CI as an artifact). */
    public Path screenshot(String name) {
        try {
            File shot = ((ChromeDriver) driver).getScreenshotAs(OutputType.FILE);
            Path to = Files.createDirectories(SCREENSHOTS).resolve(name + ".png");
            Files.copy(shot.toPath(), to, StandardCopyOption.REPLACE_EXISTING);
            return to;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
