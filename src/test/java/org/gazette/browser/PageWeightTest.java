package org.gazette.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.gazette.testing.Builds;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The seed article is light: its HTML and CSS, gzip-compressed as a host would send them, stay under 30 KB. */
class PageWeightTest {
    static final int BUDGET = 30 * 1024;
    static final String SEED = DemoSite.SEED_ARTICLE.substring(1) + "index.html";

    @TempDir
    static Path dir;
    static Path site;
    static Document page;

    @BeforeAll
    static void build() {
        site = dir.resolve("site");
        Builds.demo(site);
        page = Builds.page(site, SEED);
    }

    @Test
    void seedArticleHtmlAndCssAreUnderThirtyKilobytesCompressed() {
        List<Path> files = new java.util.ArrayList<>(List.of(site.resolve(SEED)));
        for (Element css : page.select("link[rel=stylesheet]")) {
            files.add(site.resolve(css.attr("href").substring(1)));
        }
        assertEquals(2, files.size(), "the page and its one stylesheet: " + files);
        long total = files.stream().mapToLong(PageWeightTest::gzipped).sum();
        System.out.printf("seed article: %d bytes of HTML + CSS, gzip-compressed (budget %d)%n", total, BUDGET);
        assertTrue(total < BUDGET, "HTML + CSS of the seed article: " + total + " bytes compressed, budget " + BUDGET);
    }

    @Test
    void seedArticleNeedsNoJavaScript() {
        // The one script is the optional, deferred ranking refresher: the page is complete without it.
        List<String> scripts = page.select("script[defer]").eachAttr("src");
        assertEquals(1, scripts.size(), scripts.toString());
        assertTrue(scripts.get(0).matches("/assets/js/rankings\\.[0-9a-f]{8}\\.js"), scripts.get(0));
        assertEquals(1, page.select("script:not([type=application/ld+json])").size(),
                "no other script, no inline script (JSON-LD is data, not script)");
        assertFalse(page.getAllElements().stream().flatMap(e -> e.attributes().asList().stream())
                .anyMatch(a -> a.getKey().startsWith("on")), "no inline event handlers such as onclick=");
    }

    private static long gzipped(Path file) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (GZIPOutputStream gzip = new GZIPOutputStream(bytes)) {
                gzip.write(Files.readAllBytes(file));
            }
            return bytes.size();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
