package io.planmon.e2e;

import io.planmon.devstack.Progress;
import io.planmon.devstack.browser.Chromium;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Chromium of its own (fresh profile, no cookies) driven through chromedriver, as a person uses the
 * dashboard; screenshots go to {@code target/dashboard-screenshots}.
 */
final class Browser implements AutoCloseable {
    static final Path SCREENSHOTS = Path.of("target/dashboard-screenshots");
    private static Chromium chromium;

    private final ChromeDriver driver;
    private final Path profile;

    Browser() {
        try {
            profile = Files.createTempDirectory("planmon-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Chromium installed = chromium();
        ChromeOptions options = new ChromeOptions()
                .setBinary(installed.browser().toFile())
                .addArguments(
                        "--headless",
                        "--no-sandbox",
                        "--disable-gpu",
                        "--disable-quic",
                        "--no-first-run",
                        "--disable-background-networking",
                        "--disable-component-update",
                        "--disable-sync",
                        "--disable-dev-shm-usage",
                        "--window-size=1366,900",
                        "--lang=zh-CN",
                        "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(installed.driver().toFile())
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
    }

    /** The system's Chromium, installed once per JVM if it is missing and the machine allows it. */
    private static synchronized Chromium chromium() {
        if (chromium == null) {
            chromium = Chromium.provide(Progress.console());
        }
        return chromium;
    }

    WebDriver driver() {
        return driver;
    }

    void open(String url) {
        driver.get(url);
    }

    WebElement waitFor(By by) {
        return new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    List<WebElement> all(By by) {
        return driver.findElements(by);
    }

    Object script(String script, Object... args) {
        return driver.executeScript(script, args);
    }

    /** A Chrome DevTools Protocol command (e.g. clearing the cache, a script for every new document). */
    Map<String, Object> devTools(String command, Map<String, Object> parameters) {
        return driver.executeCdpCommand(command, parameters);
    }

    /** The browser's version, for benchmark reports. */
    String version() {
        return driver.getCapabilities().getBrowserVersion();
    }

    /** Opens {@code path} of the dashboard behind the gateway and signs in as {@code username} on the way. */
    void signInAt(String path, String username) {
        open(ThroughTheGateway.gateway() + path);
        signIn(username);
    }

    /** Signs in on the overview and waits until it shows its plan areas. */
    void signInToOverview(String username) {
        signInAt("/", username);
        waitFor(By.cssSelector("[data-testid=area-cards] [data-area]"));
    }

    /** Signs in on Keycloak's login page, which the dashboard sent the browser to. */
    void signIn(String username) {
        waitFor(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(username);
        driver.findElement(By.id("kc-login")).click();
    }

    void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path shot = driver.getScreenshotAs(OutputType.FILE).toPath();
            Files.copy(shot, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder())
                    .forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // a leftover temporary profile is harmless
        }
    }
}
