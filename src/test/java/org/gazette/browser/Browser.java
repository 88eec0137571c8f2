package org.gazette.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Chromium, reused by every test of a class: opens pages at a viewport and colour
 * scheme, and reports what a reader would notice (errors, failed requests, overflow, broken images).
 */
final class Browser implements AutoCloseable {
    private final ChromeDriver driver;

    Browser(boolean javascript) {
        this.driver = Chromium.start(javascript);
    }

    ChromeDriver driver() {
        return driver;
    }

    /** Opens {@code url} at the viewport, light or dark, with a fresh console log. */
    void open(String url, Viewport viewport, boolean dark) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of(
                "width", viewport.width(), "height", viewport.height(),
                "deviceScaleFactor", 1, "mobile", viewport.mobile()));
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features", List.of(
                Map.of("name", "prefers-color-scheme", "value", dark ? "dark" : "light"))));
        driver.manage().logs().get(LogType.BROWSER); // drops what earlier pages logged
        driver.get(url);
    }

    /** Scrolls to the bottom a screen at a time, so lazy images load, then back up; waits for every image. */
    void loadLazyImages() {
        driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const step = () => {
                  if (window.scrollY + innerHeight >= document.documentElement.scrollHeight) {
                    scrollTo(0, 0); done(); return;
                  }
                  scrollBy(0, innerHeight); setTimeout(step, 30);
                };
                step();""");
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> (Boolean) driver.executeScript(
                "return [...document.images].every(i => i.complete);"));
        // Decoded and painted, so screenshots show every picture rather than its placeholder.
        driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                Promise.allSettled([...document.images].map(i => i.decode()))
                  .then(() => requestAnimationFrame(() => requestAnimationFrame(() => done())));""");
    }

    /** SEVERE console messages since the page was opened (errors, failed loads, CSP reports). */
    List<String> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .toList();
    }

    /** Sub-resources that answered with an error status, as {@code status url}. */
    @SuppressWarnings("unchecked")
    List<String> failedRequests() {
        return (List<String>) driver.executeScript("""
                return performance.getEntriesByType('resource')
                  .filter(r => r.responseStatus >= 400)
                  .map(r => r.responseStatus + ' ' + r.name);""");
    }

    /** Images that did not load or decode, by their src. */
    @SuppressWarnings("unchecked")
    List<String> brokenImages() {
        return (List<String>) driver.executeScript(
                "return [...document.images].filter(i => !(i.complete && i.naturalWidth > 0)).map(i => i.src);");
    }

    /** How many CSS pixels the page is wider than the viewport (0 when it does not scroll sideways). */
    long horizontalOverflow() {
        return (Long) driver.executeScript(
                "return Math.max(0, document.documentElement.scrollWidth - document.documentElement.clientWidth);");
    }

    /** Saves a screenshot of the whole page, not only the viewport, as PNG. */
    @SuppressWarnings("unchecked")
    void screenshot(Path file) {
        Map<String, Object> metrics = driver.executeCdpCommand("Page.getLayoutMetrics", Map.of());
        Map<String, Number> size = (Map<String, Number>) metrics.get("cssContentSize");
        Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of(
                "format", "png", "captureBeyondViewport", true,
                "clip", Map.of("x", 0, "y", 0, "width", size.get("width"), "height", size.get("height"), "scale", 1)));
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
