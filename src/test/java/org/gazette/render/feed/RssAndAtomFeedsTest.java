package org.gazette.render.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.rometools.modules.mediarss.MediaEntryModule;
import com.rometools.modules.mediarss.MediaModule;
import com.rometools.modules.mediarss.types.MediaContent;
import com.rometools.rome.feed.module.DCModule;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEnclosure;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.gazette.testing.Builds;
import org.gazette.testing.Newsrooms;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every RSS and Atom feed of the basic fixture, read back with Rome, a real feed parser. */
class RssAndAtomFeedsTest {
    static final List<String> SITE_ORDER = List.of(
            "https://example.org/news/world/2024/05/14/where-the-city-warms-fastest/",
            "https://example.org/news/politics/2024/03/05/elections-explained/",
            "https://example.org/news/culture/2023/10/20/jazz-festival-review/",
            "https://example.org/news/world/2023/10/13/harbour-bridge-opens/",
            "https://example.org/news/world/2023/06/01/nordic-ministers-meet/",
            "https://example.org/news/politics/2023/01/17/city-budget-agreed/");
    static final String BRIDGE = SITE_ORDER.get(3);

    @TempDir
    static Path out;

    @BeforeAll
    static void build() {
        Builds.build(Newsrooms.basic(), out);
    }

    static SyndFeed parse(Path file) {
        try (XmlReader reader = new XmlReader(file.toFile())) {
            return new SyndFeedInput().build(reader);
        } catch (Exception e) {
            throw new AssertionError("Rome cannot parse " + file + ": " + e.getMessage(), e);
        }
    }

    @Test
    void writesEveryFeedForTheSiteAndEachSectionTagAndAuthorWithArticles() {
        List<String> dirs = FeedFiles.dirs(out);
        assertEquals(List.of("", "authors/anna-berg/", "authors/bo-nielsen/", "authors/clara-moreau/",
                "culture/", "politics/", "tags/arctic/", "tags/budget/", "tags/city-hall/", "tags/climate/",
                "tags/cycling/", "tags/data/", "tags/festivals/", "tags/harbour/", "tags/jazz/",
                "tags/local-elections/", "tags/nordic-council/", "world/"), dirs);
        for (String dir : dirs) {
            for (FeedFormat format : FeedFormat.values()) {
                assertTrue(Files.isRegularFile(out.resolve(dir + format.file())), dir + format.file());
            }
        }
    }

    @Test
    void everyRssAndAtomFeedParsesWithItsArticlesNewestFirst() {
        for (String dir : FeedFiles.dirs(out)) {
            SyndFeed rss = parse(out.resolve(dir + "feed.xml"));
            SyndFeed atom = parse(out.resolve(dir + "atom.xml"));
            assertEquals("rss_2.0", rss.getFeedType(), dir);
            assertEquals("atom_1.0", atom.getFeedType(), dir);
            assertEquals("https://example.org/news/" + dir, rss.getLink());
            assertFalse(rss.getEntries().isEmpty(), dir);
            List<String> rssLinks = rss.getEntries().stream().map(SyndEntry::getLink).toList();
            List<String> atomLinks = atom.getEntries().stream().map(SyndEntry::getLink).toList();
            assertEquals(rssLinks, atomLinks, dir);
            assertEquals(SITE_ORDER.stream().filter(rssLinks::contains).toList(), rssLinks, dir + " is newest first");
            for (SyndEntry e : rss.getEntries()) {
                assertEquals(e.getLink(), e.getUri(), "the guid is the canonical URL");
                assertNotNull(e.getPublishedDate(), e.getLink());
            }
        }
        assertEquals(SITE_ORDER, parse(out.resolve("feed.xml")).getEntries().stream().map(SyndEntry::getLink).toList());
        assertEquals(List.of(SITE_ORDER.get(0), SITE_ORDER.get(3), SITE_ORDER.get(4)),
                parse(out.resolve("world/atom.xml")).getEntries().stream().map(SyndEntry::getLink).toList());
    }

    @Test
    void datesAreTheArticlesOwnAndTheFeedIsAsNewAsItsNewestArticle() {
        SyndFeed rss = parse(out.resolve("feed.xml"));
        SyndEntry bridge = entry(rss, BRIDGE);
        assertEquals(Instant.parse("2023-10-12T23:30:00Z"), bridge.getPublishedDate().toInstant());
        assertTrue(Builds.read(out.resolve("feed.xml")).contains("<pubDate>Fri, 13 Oct 2023 01:30:00 +0200</pubDate>"),
                "RFC 822 in the site's time zone");
        SyndFeed atom = parse(out.resolve("atom.xml"));
        SyndEntry atomBridge = entry(atom, BRIDGE);
        assertEquals(Instant.parse("2023-10-12T23:30:00Z"), atomBridge.getPublishedDate().toInstant());
        assertEquals(Instant.parse("2023-10-13T08:15:00Z"), atomBridge.getUpdatedDate().toInstant());
        assertEquals(Instant.parse("2024-05-14T10:00:00Z"), atom.getPublishedDate().toInstant(),
                "the feed's updated is its newest article's, not the build clock");
        assertTrue(Builds.read(out.resolve("atom.xml")).contains("<updated>2024-05-14T12:00:00+02:00</updated>"));
    }

    @Test
    void authorsAreNamedPerAuthorInBothFormats() {
        String elections = SITE_ORDER.get(1);
        DCModule dc = (DCModule) entry(parse(out.resolve("feed.xml")), elections).getModule(DCModule.URI);
        assertEquals(List.of("Anna Berg", "Bo Nielsen"), dc.getCreators());
        List<SyndPerson> authors = entry(parse(out.resolve("atom.xml")), elections).getAuthors();
        assertEquals(List.of("Anna Berg", "Bo Nielsen"), authors.stream().map(SyndPerson::getName).toList());
        assertEquals("https://example.org/news/authors/anna-berg/", authors.get(0).getUri());
    }

    @Test
    void theHeroImageIsAnEnclosureAndMediaContentWithCreditAndCaption() throws IOException {
        long size = Files.size(out.resolve("images/harbour-bridge.png"));
        for (String file : List.of("feed.xml", "atom.xml")) {
            List<SyndEnclosure> enclosures = entry(parse(out.resolve(file)), BRIDGE).getEnclosures();
            assertEquals(1, enclosures.size(), file);
            assertEquals("https://example.org/news/images/harbour-bridge.png", enclosures.get(0).getUrl(), file);
            assertEquals("image/png", enclosures.get(0).getType(), file);
            assertEquals(size, enclosures.get(0).getLength(), file);
            assertTrue(entry(parse(out.resolve(file)), SITE_ORDER.get(0)).getEnclosures().isEmpty(), "no hero, no enclosure");
        }
        MediaEntryModule media = (MediaEntryModule) entry(parse(out.resolve("feed.xml")), BRIDGE).getModule(MediaModule.URI);
        MediaContent content = media.getMediaContents()[0];
        assertEquals("https://example.org/news/images/harbour-bridge.png", content.getReference().toString());
        assertEquals("image", content.getMedium());
        assertEquals("image/png", content.getType());
        assertTrue(content.getWidth() > 0 && content.getHeight() > 0);
        assertEquals("Photo: Anna Berg", content.getMetadata().getCredits()[0].getName());
        assertEquals("The bridge on its first night.", content.getMetadata().getDescription());
    }

    @Test
    void summaryModeCarriesTheSummaryAndNoBody() {
        SyndEntry bridge = entry(parse(out.resolve("feed.xml")), BRIDGE);
        assertEquals("The new cycling bridge across the inner harbour opened just after midnight.",
                bridge.getDescription().getValue());
        assertTrue(bridge.getContents().isEmpty());
        assertEquals(6, parse(out.resolve("feed.xml")).getEntries().size(), "all six fit in the default 20");
    }

    @Test
    void fullContentModeCarriesTheBodyWithAbsoluteLinksAndItemsAreLimited(@TempDir Path dir) {
        Path newsroom = Newsrooms.copyOfBasic(dir.resolve("newsroom"));
        Path site = newsroom.resolve("content/site.yaml");
        Newsrooms.write(newsroom, "content/site.yaml", Builds.read(site) + "feeds:\n  items: 2\n  fullContent: true\n");
        Path built = dir.resolve("site");
        Builds.build(newsroom, built);
        for (String file : List.of("feed.xml", "atom.xml")) {
            SyndFeed feed = parse(built.resolve(file));
            assertEquals(SITE_ORDER.subList(0, 2), feed.getEntries().stream().map(SyndEntry::getLink).toList(), file);
            List<SyndContent> contents = feed.getEntries().get(1).getContents();
            assertEquals(1, contents.size(), file);
            String html = contents.get(0).getValue();
            assertTrue(html.contains("href=\"https://example.org/news/world/2023/10/13/harbour-bridge-opens/\""), html);
            String chart = feed.getEntries().get(0).getContents().get(0).getValue();
            assertTrue(chart.contains("src=\"https://example.org/news/images/city-heat.svg\""), chart);
        }
    }

    private static SyndEntry entry(SyndFeed feed, String link) {
        return feed.getEntries().stream().filter(e -> e.getLink().equals(link)).findFirst()
                .orElseThrow(() -> new AssertionError("no entry " + link));
    }
}
