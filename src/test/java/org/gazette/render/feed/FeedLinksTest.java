package org.gazette.render.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.gazette.testing.Builds;
import org.gazette.testing.Newsrooms;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every page's head links the site's feeds; section, tag and author pages also their own. */
class FeedLinksTest {
    @TempDir
    static Path out;

    @BeforeAll
    static void build() {
        Builds.build(Newsrooms.basic(), out);
    }

    private static List<String> feeds(String page) {
        Document doc = Builds.page(out, page);
        return doc.select("head link[rel=alternate]").stream()
                .map(l -> l.attr("type") + " " + l.attr("href") + " " + l.attr("title")).toList();
    }

    private static List<String> site() {
        return List.of("application/rss+xml /news/feed.xml The Harbour Herald (RSS)",
                "application/atom+xml /news/atom.xml The Harbour Herald (Atom)",
                "application/feed+json /news/feed.json The Harbour Herald (JSON Feed)");
    }

    @Test
    void everyPageLinksTheSiteFeeds() {
        for (String html : FeedFiles.files(out, ".html")) {
            assertEquals(site(), feeds(html).subList(0, 3), html);
        }
        assertEquals(site(), feeds("index.html"));
        assertEquals(site(), feeds("world/2023/10/13/harbour-bridge-opens/index.html"));
        assertEquals(site(), feeds("archive/2023/index.html"));
    }

    @Test
    void sectionTagAndAuthorPagesAlsoLinkTheirOwnFeeds() {
        assertEquals(List.of("application/rss+xml /news/world/feed.xml The Harbour Herald – World (RSS)",
                "application/atom+xml /news/world/atom.xml The Harbour Herald – World (Atom)",
                "application/feed+json /news/world/feed.json The Harbour Herald – World (JSON Feed)"),
                feeds("world/page/2/index.html").subList(3, 6));
        assertEquals("application/rss+xml /news/tags/local-elections/feed.xml The Harbour Herald – Local Elections (RSS)",
                feeds("tags/local-elections/index.html").get(3));
        assertEquals("application/atom+xml /news/authors/bo-nielsen/atom.xml The Harbour Herald – Bo Nielsen (Atom)",
                feeds("authors/bo-nielsen/index.html").get(4));
    }
}
