package org.gazette.render.feed;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.gazette.build.BuildOptions;
import org.gazette.build.SiteBuild;
import org.gazette.content.ContentLoader;
import org.gazette.model.Newsroom;
import org.gazette.render.SiteRenderer;
import org.gazette.render.SitemapPages;
import org.gazette.render.Theme;
import org.gazette.testing.Builds;
import org.gazette.testing.Newsrooms;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** sitemap.xml, news-sitemap.xml and robots.txt, validated against the published schemas. */
class SitemapsTest {
    static final String SM = "http://www.sitemaps.org/schemas/sitemap/0.9";
    static final String NEWS = "http://www.google.com/schemas/sitemap-news/0.9";

    @TempDir
    static Path out;

    @BeforeAll
    static void build() {
        Builds.build(Newsrooms.basic(), out);
    }

    static Schema schema(String... files) {
        try {
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            StreamSource[] sources = new StreamSource[files.length];
            for (int i = 0; i < files.length; i++) {
                sources[i] = new StreamSource(SitemapsTest.class.getResource("/xsd/" + files[i]).toString());
            }
            return factory.newSchema(sources);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static void validate(byte[] xml, Schema schema, String name) {
        try {
            schema.newValidator().validate(new StreamSource(new ByteArrayInputStream(xml)));
        } catch (Exception e) {
            throw new AssertionError(name + " does not match its schema: " + e.getMessage(), e);
        }
    }

    static Document parse(byte[] xml) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        } catch (Exception e) {
            throw new AssertionError("not well-formed: " + e.getMessage(), e);
        }
    }

    static Map<String, String> lastmods(byte[] urlset) {
        return lastmods(urlset, "url");
    }

    /** Each {@code element}'s loc → its lastmod (null without one): {@code url} in a urlset, {@code sitemap} in an index. */
    private static Map<String, String> lastmods(byte[] xml, String element) {
        Map<String, String> out = new LinkedHashMap<>();
        NodeList entries = parse(xml).getElementsByTagNameNS(SM, element);
        for (int i = 0; i < entries.getLength(); i++) {
            Element entry = (Element) entries.item(i);
            NodeList lastmod = entry.getElementsByTagNameNS(SM, "lastmod");
            out.put(entry.getElementsByTagNameNS(SM, "loc").item(0).getTextContent(),
                    lastmod.getLength() == 0 ? null : lastmod.item(0).getTextContent());
        }
        return out;
    }

    @Test
    void everyXmlFileTheBuildWritesIsWellFormed() throws Exception {
        List<String> xml = FeedFiles.files(out, ".xml");
        assertTrue(xml.size() > 30, "feeds and sitemap: " + xml);
        for (String file : xml) {
            parse(Files.readAllBytes(out.resolve(file)));
        }
    }

    @Test
    void theSitemapMatchesTheSchemaAndListsEveryPageButTheNotFoundPage() throws Exception {
        byte[] sitemap = Files.readAllBytes(out.resolve("sitemap.xml"));
        validate(sitemap, schema("sitemap.xsd"), "sitemap.xml");
        Map<String, String> lastmods = lastmods(sitemap);
        long pages = Files.walk(out).filter(p -> p.getFileName().toString().equals("index.html")).count();
        assertEquals(pages, lastmods.size(), "every index.html page");
        assertFalse(lastmods.keySet().stream().anyMatch(u -> u.contains("404")));
        assertTrue(lastmods.keySet().stream().allMatch(u -> u.startsWith("https://example.org/news/")));
    }

    @Test
    void lastmodIsTheLastRealChangeNeverTheBuildTime() throws Exception {
        Map<String, String> lastmods = lastmods(Files.readAllBytes(out.resolve("sitemap.xml")));
        assertEquals("2023-10-13T10:15:00+02:00", lastmods.get(RssAndAtomFeedsTest.BRIDGE), "the update time");
        assertEquals("2023-06-01T00:00:00+02:00", lastmods.get(RssAndAtomFeedsTest.SITE_ORDER.get(4)), "the publish time");
        assertEquals("2024-05-14T12:00:00+02:00", lastmods.get("https://example.org/news/"), "the newest article");
        assertEquals("2024-05-14T12:00:00+02:00", lastmods.get("https://example.org/news/world/"));
        assertEquals("2023-10-13T10:15:00+02:00", lastmods.get("https://example.org/news/tags/harbour/"));
        assertEquals("2024-03-05T08:00:00+01:00", lastmods.get("https://example.org/news/authors/anna-berg/"));
        assertFalse(lastmods.containsValue("2024-07-01T02:00:00+02:00"), "the build clock appears nowhere");
    }

    @Test
    void feedsAndSitemapsDoNotChangeWhenOnlyTheBuildClockDoes(@TempDir Path dir) throws Exception {
        Path later = dir.resolve("later");
        new SiteBuild().run(new BuildOptions(Newsrooms.basic(), later, Instant.parse("2024-07-02T12:00:00Z")));
        assertEquals(FeedFiles.files(out, ".xml"), FeedFiles.files(later, ".xml"), "the same feeds and sitemaps");
        assertEquals(FeedFiles.files(out, ".json").stream().filter(f -> !f.startsWith("data/")).toList(),
                FeedFiles.files(later, ".json").stream().filter(f -> !f.startsWith("data/")).toList());
        for (String file : FeedFiles.files(out, ".xml")) {
            assertEquals(Files.readString(out.resolve(file)), Files.readString(later.resolve(file)), file);
        }
        for (String file : FeedFiles.files(out, ".json")) {
            if (file.startsWith("data/")) {
                continue; // the rankings and the build state are about the build clock by design
            }
            assertEquals(Files.readString(out.resolve(file)), Files.readString(later.resolve(file)), file);
        }
    }

    @Test
    void robotsTxtPointsAtTheSitemapsWithAbsoluteUrls(@TempDir Path dir) throws Exception {
        assertEquals("User-agent: *\nDisallow:\n\nSitemap: https://example.org/news/sitemap.xml\n",
                Files.readString(out.resolve("robots.txt")), "no news sitemap: nothing in the last 48 hours");
        assertFalse(Files.exists(out.resolve("news-sitemap.xml")));
        Path site = dir.resolve("site");
        new SiteBuild().run(new BuildOptions(Newsrooms.basic(), site, Instant.parse("2024-05-15T00:00:00Z")));
        assertEquals("User-agent: *\nDisallow:\n\nSitemap: https://example.org/news/sitemap.xml\n"
                + "Sitemap: https://example.org/news/news-sitemap.xml\n", Files.readString(site.resolve("robots.txt")));
    }

    @Test
    void theNewsSitemapHoldsExactlyTheArticlesOfTheLast48Hours(@TempDir Path dir) throws Exception {
        Path site = dir.resolve("site");
        new SiteBuild().run(new BuildOptions(Newsrooms.basic(), site, Instant.parse("2024-05-15T00:00:00Z")));
        byte[] news = Files.readAllBytes(site.resolve("news-sitemap.xml"));
        validate(news, schema("sitemap.xsd", "sitemap-news.xsd"), "news-sitemap.xml");
        Document doc = parse(news);
        assertEquals(List.of("https://example.org/news/world/2024/05/14/where-the-city-warms-fastest/"),
                new ArrayList<>(lastmods(news).keySet()));
        assertEquals("Harbour Herald Media", text(doc, "name"));
        assertEquals("en", text(doc, "language"));
        assertEquals("2024-05-14T12:00:00+02:00", text(doc, "publication_date"));
        assertEquals("Where the city warms fastest", text(doc, "title"));
    }

    @Test
    void aTinySplitLimitGivesAValidSitemapIndexOverValidSitemaps(@TempDir Path dir) throws Exception {
        Newsroom newsroom = new ContentLoader().load(Newsrooms.basic(), Newsrooms.NOW);
        List<SitemapEntry> pages = SitemapPages.of(
                new SiteRenderer(newsroom, new Theme(Newsrooms.basic()), List.of(), List.of()).plan());
        Map<String, byte[]> whole = new Sitemap(new FeedItems(newsroom), Sitemap.MAX_URLS, Sitemap.MAX_BYTES).write(pages);
        assertEquals(List.of("sitemap.xml"), List.copyOf(whole.keySet()));
        for (Sitemap sitemap : List.of(new Sitemap(new FeedItems(newsroom), 5, Sitemap.MAX_BYTES),
                new Sitemap(new FeedItems(newsroom), Sitemap.MAX_URLS, 1_000))) {
            Map<String, byte[]> files = sitemap.write(pages);
            assertTrue(files.size() > 2, files.keySet().toString());
            validate(files.get("sitemap.xml"), schema("siteindex.xsd"), "sitemap.xml index");
            Map<String, String> all = new LinkedHashMap<>();
            NodeList locs = parse(files.get("sitemap.xml")).getElementsByTagNameNS(SM, "loc");
            assertEquals(files.size() - 1, locs.getLength());
            for (int i = 0; i < locs.getLength(); i++) {
                String part = "sitemap-" + (i + 1) + ".xml";
                assertEquals("https://example.org/news/" + part, locs.item(i).getTextContent());
                validate(files.get(part), schema("sitemap.xsd"), part);
                Map<String, String> inPart = lastmods(files.get(part));
                assertTrue(inPart.size() <= 5 || files.get(part).length <= 1_000, part);
                all.putAll(inPart);
            }
            assertEquals(lastmods(whole.get("sitemap.xml")), all, "the parts hold every page, in order");
        }
    }

    @Test
    void aSplitBySizeFillsEachPartAsFarAsTheLimitAllows() {
        Newsroom newsroom = new ContentLoader().load(Newsrooms.basic(), Newsrooms.NOW);
        List<SitemapEntry> pages = SitemapPages.of(
                new SiteRenderer(newsroom, new Theme(Newsrooms.basic()), List.of(), List.of()).plan());
        FeedItems items = new FeedItems(newsroom);
        Sitemap unsplit = new Sitemap(items, Sitemap.MAX_URLS, Sitemap.MAX_BYTES);
        // Every limit over a range wider than one page's entry, so that some part ends within a few
        // bytes of its limit, whatever the entries' sizes.
        for (int limit = 900; limit <= 1_200; limit++) {
            Map<String, byte[]> files = new Sitemap(items, Sitemap.MAX_URLS, limit).write(pages);
            Map<String, String> index = lastmods(files.get("sitemap.xml"), "sitemap");
            int taken = 0;
            for (int part = 1; files.containsKey("sitemap-" + part + ".xml"); part++) {
                String name = "sitemap-" + part + ".xml";
                byte[] bytes = files.get(name);
                Map<String, String> lastmods = lastmods(bytes);
                int count = lastmods.size();
                // A part is byte for byte the sitemap of its pages alone, within the limit, and the next
                // page would have taken it past the limit.
                String where = "limit " + limit + ", part " + part;
                assertArrayEquals(unsplit.write(pages.subList(taken, taken + count)).get("sitemap.xml"), bytes, where);
                assertTrue(bytes.length <= limit, where + ": " + bytes.length + " bytes");
                if (taken + count < pages.size()) {
                    int withNext = unsplit.write(pages.subList(taken, taken + count + 1)).get("sitemap.xml").length;
                    assertTrue(withNext > limit, where + " had room for the next page: " + withNext + " bytes");
                }
                String newest = lastmods.values().stream().filter(Objects::nonNull)
                        .max(Comparator.comparing(OffsetDateTime::parse)).orElse(null);
                assertEquals(newest, index.get("https://example.org/news/" + name), where + ": its newest change");
                taken += count;
            }
            assertTrue(files.size() > 3, "several parts: " + files.keySet());
            assertEquals(pages.size(), taken);
        }
    }

    @Test
    void theNewsSitemapSplitsPastItsLimit(@TempDir Path dir) {
        Path newsroom = Newsrooms.copyOfBasic(dir.resolve("newsroom"));
        Newsrooms.write(newsroom, "content/articles/2024/05/ferry.md", "---\ntitle: \"Ferry <& back\"\n"
                + "date: 2024-05-14T08:00:00+02:00\nsection: world\n---\nThe ferry is back.\n");
        Newsroom loaded = new ContentLoader().load(newsroom, Instant.parse("2024-05-15T00:00:00Z"));
        Map<String, byte[]> files = new NewsSitemap(new FeedItems(loaded), 1).write(NewsSitemap.recent(loaded));
        assertEquals(List.of("news-sitemap.xml", "news-sitemap-1.xml", "news-sitemap-2.xml"), List.copyOf(files.keySet()));
        validate(files.get("news-sitemap.xml"), schema("siteindex.xsd"), "news index");
        Schema news = schema("sitemap.xsd", "sitemap-news.xsd");
        validate(files.get("news-sitemap-1.xml"), news, "news part 1");
        validate(files.get("news-sitemap-2.xml"), news, "news part 2");
        assertEquals("Ferry <& back", text(parse(files.get("news-sitemap-2.xml")), "title"), "escaped and read back");
    }

    private static String text(Document doc, String newsElement) {
        return doc.getElementsByTagNameNS(NEWS, newsElement).item(0).getTextContent();
    }
}
