package org.gazette.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.gazette.testing.Builds;
import org.gazette.testing.Newsrooms;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Canonical links, Open Graph and X cards, schema.org JSON-LD and corrections, read from built pages. */
class PageMetadataTest {
    /** A headline an editor might write, and one written to break out of the JSON-LD script. */
    static final String HOSTILE = "</script><script>alert(1)</script> \"Quoted\" & 'single' <!-- \\ end";
    static final String PROBE = "world/2024/01/10/probe/index.html";

    @TempDir
    static Path dir;
    static Path site;

    @BeforeAll
    static void build() {
        Path root = Newsrooms.copyOfBasic(dir.resolve("newsroom"));
        Newsrooms.write(root, "content/articles/2024/01/probe.md", """
                ---
                title: '%s'
                date: 2024-01-10T10:00:00+01:00
                updated: 2024-01-11 12:00
                author: anna-berg
                section: world
                tags: [Harbour, Night & Day]
                summary: "A summary with <b>markup</b>\\u2028and a line separator."
                image:
                  src: /images/harbour-bridge.png
                  alt: "The bridge at night"
                corrections:
                  - date: 2024-01-12 09:30
                    text: "An earlier version gave the wrong length of the bridge."
                  - date: 2024-01-11T08:00:00Z
                    text: "The bridge's name was misspelt."
                ---
                Body.
                """.formatted(HOSTILE.replace("'", "''")));
        site = dir.resolve("site");
        Builds.build(root, site);
    }

    static List<JsonNode> jsonLd(Document page) throws Exception {
        List<JsonNode> out = new ArrayList<>();
        for (Element script : page.select("script[type=application/ld+json]")) {
            out.add(new ObjectMapper().readTree(script.data()));
        }
        return out;
    }

    static JsonNode ofType(Document page, String type) throws Exception {
        for (JsonNode root : jsonLd(page)) {
            assertEquals("https://schema.org", root.get("@context").asText());
            for (JsonNode node : root.get("@graph")) {
                if (node.get("@type").asText().equals(type)) {
                    return node;
                }
            }
        }
        throw new AssertionError("no " + type + " in the JSON-LD of the page");
    }

    static String meta(Document page, String key) {
        Element e = page.selectFirst("meta[property=" + key + "], meta[name=" + key + "]");
        return e == null ? null : e.attr("content");
    }

    @Test
    void jsonLdSurvivesAHostileHeadlineAndStaysValidJson() throws Exception {
        Document page = Builds.page(site, PROBE);
        assertEquals(1, page.select("script[type=application/ld+json]").size());
        assertEquals(0, page.select("script:not([type]), script[type=text/javascript]").stream()
                .filter(s -> !s.hasAttr("src")).count(), "no script was injected");
        JsonNode article = ofType(page, "NewsArticle");
        assertEquals(HOSTILE, article.get("headline").asText());
        assertEquals("A summary with <b>markup</b>\u2028and a line separator.", article.get("description").asText());
        String raw = page.selectFirst("script[type=application/ld+json]").data();
        assertFalse(raw.contains("<") || raw.contains(">") || raw.contains("&") || raw.contains("\u2028"), raw);
    }

    @Test
    void articleJsonLdHasDatesImagesAuthorPublisherAndCorrections() throws Exception {
        JsonNode article = ofType(Builds.page(site, PROBE), "NewsArticle");
        assertEquals("2024-01-10T10:00:00+01:00", article.get("datePublished").asText());
        assertEquals("2024-01-11T12:00:00+01:00", article.get("dateModified").asText());
        List<String> images = new ArrayList<>();
        article.get("image").forEach(i -> images.add(i.asText()));
        assertEquals(3, images.size());
        assertTrue(images.get(0).matches("https://example\\.org/news/images/harbour-bridge-[0-9a-f]{8}-16x9\\.png"), images.get(0));
        assertTrue(images.get(1).endsWith("-4x3.png") && images.get(2).endsWith("-1x1.png"), images.toString());
        JsonNode author = article.get("author").get(0);
        assertEquals("Anna Berg", author.get("name").asText());
        assertEquals("https://example.org/news/authors/anna-berg/", author.get("url").asText());
        assertEquals("Harbour Herald Media", article.get("publisher").get("name").asText());
        assertTrue(article.get("publisher").get("logo").get("url").asText().startsWith("https://example.org/news/images/logo-"));
        JsonNode corrections = article.get("correction");
        assertEquals(2, corrections.size());
        assertEquals("CorrectionComment", corrections.get(0).get("@type").asText());
        assertEquals("2024-01-11T09:00:00+01:00", corrections.get(0).get("datePublished").asText(), "oldest first, site time zone");
        assertEquals("The bridge's name was misspelt.", corrections.get(0).get("text").asText());
        assertEquals("2024-01-12T09:30:00+01:00", corrections.get(1).get("datePublished").asText());
    }

    @Test
    void articlePageShowsItsCorrectionsWithTheirTimes() {
        Document page = Builds.page(site, PROBE);
        Element box = page.selectFirst("article .corrections");
        assertEquals("Corrections", box.selectFirst("h2").text());
        assertEquals(List.of("2024-01-11T09:00:00+01:00", "2024-01-12T09:30:00+01:00"), box.select("time").eachAttr("datetime"));
        assertTrue(box.text().contains("An earlier version gave the wrong length of the bridge."), box.text());
    }

    @Test
    void articleCarriesOpenGraphAndLargeImageCardMetadata() {
        Document page = Builds.page(site, PROBE);
        assertEquals("article", meta(page, "og:type"));
        assertEquals(HOSTILE, meta(page, "og:title"));
        assertEquals("https://example.org/news/world/2024/01/10/probe/", meta(page, "og:url"));
        assertEquals("2024-01-10T10:00:00+01:00", meta(page, "article:published_time"));
        assertEquals("2024-01-11T12:00:00+01:00", meta(page, "article:modified_time"));
        assertEquals("https://example.org/news/authors/anna-berg/", meta(page, "article:author"));
        assertEquals("World", meta(page, "article:section"));
        assertEquals(List.of("Harbour", "Night & Day"), page.select("meta[property=article:tag]").eachAttr("content"));
        assertTrue(meta(page, "og:image").matches("https://example\\.org/news/images/harbour-bridge-[0-9a-f]{8}-1200x630\\.png"));
        // The fixture picture is 64×36: the 1200×630 crop is never upscaled, it keeps the shape.
        assertEquals("64", meta(page, "og:image:width"));
        assertEquals("34", meta(page, "og:image:height"));
        assertEquals("The bridge at night", meta(page, "og:image:alt"));
        assertEquals("summary_large_image", meta(page, "twitter:card"));
        assertEquals(meta(page, "og:image"), meta(page, "twitter:image"));
    }

    @Test
    void frontPageDescribesTheSiteAndItsPublisher() throws Exception {
        Document front = Builds.page(site, "index.html");
        JsonNode website = ofType(front, "WebSite");
        assertEquals("The Harbour Herald", website.get("name").asText());
        assertEquals("https://example.org/news/", website.get("url").asText());
        JsonNode organization = ofType(front, "NewsMediaOrganization");
        assertEquals("Harbour Herald Media", organization.get("name").asText());
        assertEquals(website.get("publisher").get("@id").asText(), organization.get("@id").asText());
        assertEquals("website", meta(front, "og:type"));
        assertEquals("summary", meta(front, "twitter:card"));
    }

    @Test
    void listingPagesHaveBreadcrumbsAndCanonicalToThemselves() throws Exception {
        Document second = Builds.page(site, "world/page/2/index.html");
        assertEquals("https://example.org/news/world/page/2/", second.selectFirst("link[rel=canonical]").attr("href"));
        JsonNode crumbs = ofType(second, "BreadcrumbList").get("itemListElement");
        assertEquals(3, crumbs.size());
        assertEquals("World", crumbs.get(1).get("name").asText());
        assertEquals(2, crumbs.get(1).get("position").asInt());
        assertEquals("https://example.org/news/world/page/2/", crumbs.get(2).get("item").asText());
    }

    @Test
    void everyPageHasAnAbsoluteCanonicalUrl() throws Exception {
        try (var files = java.nio.file.Files.walk(site)) {
            for (Path html : files.filter(p -> p.toString().endsWith(".html")).toList()) {
                Document page = Builds.page(site, site.relativize(html).toString());
                Element canonical = page.selectFirst("link[rel=canonical]");
                if (html.getFileName().toString().equals("404.html")) {
                    continue;
                }
                assertTrue(canonical != null && canonical.attr("href").startsWith("https://example.org/news/"), html.toString());
            }
        }
    }
}
