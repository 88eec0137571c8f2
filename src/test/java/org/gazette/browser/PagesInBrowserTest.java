package org.gazette.browser;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

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

/**
 * Every kind of page, on a phone and a laptop, light and dark: it loads cleanly, fits the screen
 * and shows every picture. Leaves full-page screenshots in {@code target/screenshots/}.
 */
class PagesInBrowserTest {
    @TempDir
    static Path dir;
    static DemoSite site;
    static Browser browser;

    @BeforeAll
    static void start() {
        Chromium.require();
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

    static Stream<Arguments> pagesAndScreens() {
        return DemoSite.PAGES.stream().flatMap(page -> Viewport.ALL.stream().flatMap(viewport ->
                Stream.of(false, true).map(dark -> Arguments.of(page, viewport, dark))));
    }

    @ParameterizedTest(name = "{0} at {1}, dark={2}")
    @MethodSource("pagesAndScreens")
    void loadsWithoutErrorsFitsTheScreenAndShowsEveryImage(DemoPage page, Viewport viewport, boolean dark) {
        browser.open(site.url(page.path()), viewport, dark);
        browser.loadLazyImages();
        browser.screenshot(Screenshots.file(page.name(), viewport, dark));
        assertAll(
                () -> assertEquals(List.of(), browser.consoleErrors(), "console errors"),
                () -> assertEquals(List.of(), browser.failedRequests(), "failed requests"),
                () -> assertEquals(List.of(), browser.brokenImages(), "images that did not load"),
                () -> assertEquals(0, browser.horizontalOverflow(), "pixels of horizontal scrolling"));
    }

    @Test
    void aMissingAddressGetsTheStyledNotFoundPage() {
        browser.open(site.url("/world/no/such/story/"), Viewport.PHONE, false);
        assertEquals("Sorry, we can’t find that page",
                browser.driver().findElement(org.openqa.selenium.By.cssSelector("main h1")).getText());
        assertEquals("flex", browser.driver().executeScript(
                "return getComputedStyle(document.body).display;"), "the theme's CSS applies at any depth");
        assertEquals(List.of(), browser.failedRequests(), "failed sub-resource requests");
    }
}
