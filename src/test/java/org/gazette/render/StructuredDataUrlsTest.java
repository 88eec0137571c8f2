package org.gazette.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.util.List;
import org.gazette.render.view.PublisherView;
import org.gazette.render.view.SiteView;
import org.junit.jupiter.api.Test;

/** JSON-LD's absolute URLs are what resolving against the base URL gives, with or without the shortcut. */
class StructuredDataUrlsTest {
    @Test
    void absoluteUrlsAreWhatResolvingGives() {
        List<String> bases = List.of("https://example.org/", "https://example.org/news/", "https://example.org:/",
                "https://example.org:0443/news/", "http://EXAMPLE.org/a%20b/");
        for (String baseUrl : bases) {
            String home = URI.create(baseUrl).getRawPath();
            StructuredData data = new StructuredData(new SiteView("T", null, baseUrl, home, "en", "en-GB",
                    new PublisherView("P", null), List.of(), home + "archive/", home + "tags/", home + "authors/", null),
                    new SitePaths(home, baseUrl));
            for (String url : List.of(home + "world/2024/05/14/a-story/", home + "authors/ann/", home + "images/p-1200.png",
                    "//cdn.example.net/p.png", "https://cdn.example.net/p.png", home + "x/?q=1", home + "x/#top",
                    home + "a/./b/", home + "a/../b/")) {
                assertEquals(URI.create(baseUrl).resolve(url).toString(), data.absolute(url), baseUrl + " + " + url);
            }
        }
    }

    @Test
    void aPlainSitePathIsNotParsed() {
        // Resolving would refuse the space: the path is appended to the base URL as SitePaths does it.
        StructuredData data = new StructuredData(new SiteView("T", null, "https://example.org/news/", "/news/", "en", "en-GB",
                new PublisherView("P", null), List.of(), "/news/archive/", "/news/tags/", "/news/authors/", null),
                new SitePaths("/news/", "https://example.org/news/"));
        assertEquals("https://example.org/news/a b/", data.absolute("/news/a b/"));
    }
}
