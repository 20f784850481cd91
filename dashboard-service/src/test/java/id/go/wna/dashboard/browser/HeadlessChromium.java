package id.go.wna.dashboard.browser;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * Debian's headless Chromium driven through Debian's chromedriver, never anything downloaded: both paths are given
 * to Selenium, so Selenium Manager is not consulted. When either is missing the tests are skipped, or fail when
 * {@code WNA_BROWSER_TESTS=required} (CI sets it).
 */
final class HeadlessChromium implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    /** Kept test artefacts: screenshots and downloaded files. */
    static final Path ARTIFACTS = Path.of("target", "browser-artifacts");

    final ChromeDriver driver;
    final Path downloads;
    private final Path profile;

    private HeadlessChromium(ChromeDriver driver, Path profile, Path downloads) {
        this.driver = driver;
        this.profile = profile;
        this.downloads = downloads;
    }

    /** Skips the calling test (or fails it, when the browser tests are required) unless both programs are installed. */
    static void assumeInstalled() {
        if (Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER)) {
            return;
        }
        String message = "The browser tests need Debian's Chromium and chromedriver (" + CHROMIUM + ", " + CHROMEDRIVER
                + "); install them with: apt-get install -y chromium chromium-driver";
        if ("required".equalsIgnoreCase(System.getenv("WNA_BROWSER_TESTS"))) {
            fail(message + " (WNA_BROWSER_TESTS=required)");
        }
        Assumptions.abort(message + " — skipped; set WNA_BROWSER_TESTS=required to make this a failure");
    }

    static HeadlessChromium start() {
        assumeInstalled();
        System.setProperty("SE_OFFLINE", "true");
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        try {
            Path profile = Files.createTempDirectory("wna-chromium-profile");
            Path downloads = Files.createDirectories(ARTIFACTS.resolve("downloads")).toAbsolutePath();
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM.toFile());
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--disable-dev-shm-usage", "--window-size=1400,1000", "--lang=id-ID",
                    "--user-data-dir=" + profile.toAbsolutePath());
            Map<String, Object> prefs = new HashMap<>();
            prefs.put("download.default_directory", downloads.toString());
            prefs.put("download.prompt_for_download", false);
            options.setExperimentalOption("prefs", prefs);
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(CHROMEDRIVER.toFile())
                    .usingAnyFreePort()
                    .build();
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(20));
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
            return new HeadlessChromium(driver, profile, downloads);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** A screenshot of the whole page (the window grown to the page's height for the shot), kept in target/. */
    Path fullPageScreenshot(String name) {
        Dimension before = driver.manage().window().getSize();
        try {
            long height = ((Number) js("return Math.ceil(document.documentElement.scrollHeight)")).longValue();
            driver.manage().window().setSize(new Dimension(before.getWidth(), (int) Math.min(Math.max(height + 120, 1000), 6000)));
            js("return new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))");
            byte[] png = driver.getScreenshotAs(OutputType.BYTES);
            Files.createDirectories(ARTIFACTS);
            Path file = ARTIFACTS.resolve(name);
            Files.write(file, png);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            driver.manage().window().setSize(before);
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException ignored) {
                // a leftover temporary profile is harmless
            }
        }
    }
}
