package org.gazette.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.gazette.browser.DemoSite.DemoPage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/** With JavaScript switched off in the browser, every page is complete and a reader can move around. */
class NoJavaScriptTest {
    @TempDir
    static Path dir;
    static DemoSite site;
    static Browser browser;

    @BeforeAll
    static void start() {
        Chromium.require();
        site = DemoSite.build(dir);
        browser = new Browser(false);
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

    static List<DemoPage> pages() {
        return DemoSite.PAGES;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void everyPageIsCompleteWithoutJavaScript(DemoPage page) {
        browser.open(site.url(page.path()), Viewport.PHONE, false);
        ChromeDriver d = browser.driver();
        // The only script is the optional ranking refresher: deferred, external, and never needed
        // (JSON-LD is data, not a script a browser runs).
        for (WebElement script : d.findElements(By.cssSelector("script:not([type='application/ld+json'])"))) {
            assertTrue(script.getDomAttribute("src").matches(".*/assets/js/rankings\\.[0-9a-f]{8}\\.js"),
                    script.getDomAttribute("src"));
            assertTrue(script.getDomProperty("defer").equals("true"), "deferred");
        }
        assertTrue(d.findElement(By.tagName("h1")).isDisplayed(), "the page's heading shows");
        assertFalse(d.findElement(By.tagName("main")).getText().isBlank(), "the main content is there");
        assertEquals(7, d.findElements(By.cssSelector(".sections-nav a")).stream().filter(WebElement::isDisplayed).count(),
                "every section is in the navigation, visible");
        assertEquals(3, d.findElements(By.cssSelector(".site-footer a")).size(), "the footer links");
        for (WebElement img : d.findElements(By.tagName("img"))) {
            assertNotEquals("0", img.getDomProperty("naturalWidth"), "loaded: " + img.getDomAttribute("src"));
        }
    }

    @Test
    void aReaderCanGoFromTheFrontPageToASectionToAStory() {
        ChromeDriver d = browser.driver();
        browser.open(site.url("/"), Viewport.PHONE, false);
        d.findElement(By.linkText("World")).click();
        assertEquals(site.url("/world/"), d.getCurrentUrl());
        assertEquals("World", d.findElement(By.cssSelector("main h1")).getText());
        d.findElement(By.linkText("Putins first time since March")).click();
        assertEquals(site.url(DemoSite.SEED_ARTICLE), d.getCurrentUrl());
        assertEquals("Putins first time since March", d.findElement(By.cssSelector("main h1")).getText());
    }
}
