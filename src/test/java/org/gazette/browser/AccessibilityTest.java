package org.gazette.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.gazette.browser.DemoSite.DemoPage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** axe-core finds no WCAG 2.2 A or AA violation on any kind of page, on either screen, light or dark. */
class AccessibilityTest {
    @TempDir
    static Path dir;
    static DemoSite site;
    static Browser browser;
    static Axe axe;

    @BeforeAll
    static void start() {
        Chromium.require();
        axe = Axe.load();
        site = DemoSite.build(dir);
        browser = new Browser(true);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        if (site != null) {
            site.close();
        }
    }

    static Stream<Arguments> pagesAndSchemes() {
        return DemoSite.PAGES.stream().flatMap(page -> Viewport.ALL.stream().flatMap(viewport ->
                Stream.of(false, true).map(dark -> Arguments.of(page, viewport, dark))));
    }

    /** Guards the guard: an empty list must mean "checked and clean", not "axe did not run". */
    @Test
    void axeReportsAProblemPlantedInThePage() {
        browser.open(site.url("/"), Viewport.PHONE, false);
        browser.driver().executeScript("document.querySelector('main').insertAdjacentHTML('afterbegin',"
                + " '<img src=\"/images/logo.png\" class=\"planted\">');");
        List<String> violations = axe.violations(browser.driver());
        assertTrue(violations.stream().anyMatch(v -> v.startsWith("image-alt") && v.contains(".planted")),
                "axe finds the image without alt text: " + violations);
    }

    @ParameterizedTest(name = "{0} at {1}, dark={2}")
    @MethodSource("pagesAndSchemes")
    void hasNoWcagAaViolations(DemoPage page, Viewport viewport, boolean dark) {
        browser.open(site.url(page.path()), viewport, dark);
        List<String> violations = axe.violations(browser.driver());
        assertTrue(violations.isEmpty(), () -> violations.size() + " axe violations on " + page.path()
                + " at " + viewport + (dark ? " (dark)" : "") + ":\n  " + String.join("\n  ", violations));
    }
}
