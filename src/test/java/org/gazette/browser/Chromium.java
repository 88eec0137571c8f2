package org.gazette.browser;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Starts Debian's headless Chromium through Debian's chromedriver: explicit paths, so Selenium
 * Manager never downloads a browser or a driver. The browser tests run by default; only
 * {@code -Dgazette.browserTests=false} skips them.
 */
final class Chromium {
    static final String BROWSER = System.getProperty("gazette.chromium", "/usr/bin/chromium");
    static final String DRIVER = System.getProperty("gazette.chromedriver", "/usr/bin/chromedriver");

    private Chromium() {
    }

    /** Skips the calling test class when browser tests are switched off; fails when Chromium is missing. */
    static void require() {
        assumeFalse("false".equalsIgnoreCase(System.getProperty("gazette.browserTests")),
                "browser tests switched off with -Dgazette.browserTests=false");
        for (String binary : new String[] {BROWSER, DRIVER}) {
            if (!new File(binary).canExecute()) {
                fail(binary + " is missing: the browser tests need Debian's Chromium and its driver."
                        + " Install them with `apt-get install chromium chromium-driver` (.ci/run does),"
                        + " or skip these tests with -Dgazette.browserTests=false");
            }
        }
    }

    /** A fresh headless browser with its own empty profile; {@code javascript=false} blocks all page scripts. */
    static ChromeDriver start(boolean javascript) {
        require();
        System.setProperty("webdriver.chrome.driver", DRIVER);
        Logger.getLogger("org.openqa.selenium").setLevel(Level.WARNING);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-quic", "--no-first-run", "--no-default-browser-check", "--hide-scrollbars",
                "--force-color-profile=srgb", "--window-size=1366,900", "--user-data-dir=" + profile());
        if (!javascript) {
            options.setExperimentalOption("prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
        }
        options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(DRIVER))
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return driver;
    }

    private static Path profile() {
        try {
            Path dir = Files.createTempDirectory("gazette-chromium-");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(dir)));
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteTree(Path dir) {
        try (var walk = Files.walk(dir)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // Best effort: the folder is in the temp directory anyway.
        }
    }
}
