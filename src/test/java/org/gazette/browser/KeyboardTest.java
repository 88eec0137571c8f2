package org.gazette.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.gazette.browser.DemoSite.DemoPage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;

/** A keyboard reader: the skip link comes first and works, and Tab visits every control, visibly focused. */
class KeyboardTest {
    /** Focusable elements in DOM (= tab) order, kept on the page as {@code window.gazetteFocusables}. */
    private static final String FOCUSABLES = """
            window.gazetteFocusables = [...document.querySelectorAll(
                'a[href], area[href], button, input, select, textarea, summary, iframe, [tabindex], [contenteditable]')]
              .filter(e => e.tabIndex >= 0 && !e.disabled && e.getClientRects().length > 0
                && getComputedStyle(e).visibility !== 'hidden');
            return window.gazetteFocusables.length;""";

    /** Where focus is now, whether it can be seen, and what marks it. */
    private static final String FOCUS = """
            const e = document.activeElement, s = getComputedStyle(e), r = e.getBoundingClientRect();
            return {
              index: window.gazetteFocusables.indexOf(e),
              element: e.tagName.toLowerCase() + (e.className ? '.' + String(e.className).trim().split(/\\s+/).join('.') : '')
                + ' "' + (e.textContent || '').trim().slice(0, 40) + '"',
              inViewport: r.width > 0 && r.height > 0 && r.bottom > 0 && r.right > 0
                && r.top < innerHeight && r.left < innerWidth,
              indicator: (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2)
                || s.boxShadow !== 'none'
            };""";

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
        return DemoSite.PAGES.stream().flatMap(page -> Viewport.ALL.stream().map(v -> Arguments.of(page, v)));
    }

    @ParameterizedTest(name = "{0} at {1}")
    @MethodSource("pagesAndScreens")
    void theFirstTabStopIsAVisibleSkipLinkThatMovesFocusToTheMainContent(DemoPage page, Viewport viewport) {
        browser.open(site.url(page.path()), viewport, false);
        browser.driver().executeScript(FOCUSABLES);
        Map<String, Object> first = tab();
        assertTrue(first.get("element").toString().startsWith("a.skip-link"), "first tab stop: " + first);
        assertEquals(true, first.get("inViewport"), "the focused skip link is on screen");
        assertEquals(true, first.get("indicator"), "the focused skip link shows a focus indicator");

        new Actions(browser.driver()).sendKeys(Keys.ENTER).perform();
        assertEquals("main", browser.driver().executeScript("return document.activeElement.id;"),
                "after the skip link, focus is on <main id=main>");
        assertTrue((Boolean) browser.driver().executeScript(
                "const r = document.getElementById('main').getBoundingClientRect(); return r.top >= -1 && r.top < innerHeight;"),
                "<main> is scrolled into view");
    }

    @ParameterizedTest(name = "{0} at {1}")
    @MethodSource("pagesAndScreens")
    void tabReachesEveryLinkInOrderAndShowsWhereFocusIs(DemoPage page, Viewport viewport) {
        browser.open(site.url(page.path()), viewport, false);
        long count = (Long) browser.driver().executeScript(FOCUSABLES);
        assertTrue(count > 10, "a page of links, found " + count);
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Map<String, Object> focus = tab();
            if (((Number) focus.get("index")).intValue() != i) {
                problems.add("tab " + (i + 1) + " went to " + focus.get("element") + " (#" + focus.get("index")
                        + "), expected #" + i);
                break;
            }
            if (!Boolean.TRUE.equals(focus.get("inViewport"))) {
                problems.add(focus.get("element") + " is focused off screen");
            }
            if (!Boolean.TRUE.equals(focus.get("indicator"))) {
                problems.add(focus.get("element") + " has no visible focus indicator");
            }
        }
        assertEquals(List.of(), problems, "keyboard problems on " + page.path() + " at " + viewport);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> tab() {
        new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
        return (Map<String, Object>) browser.driver().executeScript(FOCUS);
    }
}
