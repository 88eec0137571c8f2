package org.gazette.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import freemarker.core.HTMLOutputFormat;
import freemarker.template.TemplateModelException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.gazette.model.Body;
import org.gazette.render.view.JsonLd;
import org.gazette.render.view.LinkView;
import org.gazette.render.view.PageView;
import org.gazette.render.view.PagerItem;
import org.gazette.render.view.PublisherView;
import org.gazette.render.view.SiteView;
import org.junit.jupiter.api.Test;

/** What tells one page's inputs from another's: every value a template can see, and nothing else. */
class PageFingerprintTest {
    /** Not a view: templates would see its methods too. */
    record Headline(String text, int rank) {
    }

    @Test
    void equalValuesHaveEqualFingerprints() {
        assertEquals(PageFingerprint.of("a", 1, List.of(new LinkView("x", "/x/")), true),
                PageFingerprint.of(new String("a"), 1, List.of(new LinkView(new String("x"), "/x/")), true));
    }

    @Test
    void everyCharacterOfATextCounts() {
        String text = "Ministers met on Thursday for a day of talks on Arctic cooperation.";
        Set<PageFingerprint> seen = new HashSet<>();
        seen.add(PageFingerprint.of(text));
        for (int i = 0; i < text.length(); i++) {
            char[] c = text.toCharArray();
            c[i] ^= 1;
            seen.add(PageFingerprint.of(new String(c)));
            seen.add(PageFingerprint.of(text.substring(0, i))); // every shorter text, the empty one too
        }
        assertEquals(1 + 2 * text.length(), seen.size());
    }

    @Test
    void theShapeOfValuesCounts() throws TemplateModelException {
        Map<String, Object> ab = new LinkedHashMap<>();
        ab.put("a", "x");
        ab.put("b", "y");
        Map<String, Object> ba = new LinkedHashMap<>();
        ba.put("b", "y");
        ba.put("a", "x");
        Set<PageFingerprint> seen = new HashSet<>(List.of(
                PageFingerprint.of("ab"), PageFingerprint.of("a", "b"), PageFingerprint.of(List.of("a", "b")),
                PageFingerprint.of(List.of(List.of("a"), "b")), PageFingerprint.of((Object) null), PageFingerprint.of(""),
                PageFingerprint.of(1), PageFingerprint.of("1"), PageFingerprint.of(1.0), PageFingerprint.of(true),
                PageFingerprint.of(false), PageFingerprint.of(new LinkView("a", "b")), PageFingerprint.of(new PagerItem(1, "b")),
                PageFingerprint.of(new PagerItem(2, "b")), PageFingerprint.of(new LinkView("a", null)),
                PageFingerprint.of(HTMLOutputFormat.INSTANCE.fromMarkup("<b>ab</b>")),
                PageFingerprint.of(HTMLOutputFormat.INSTANCE.fromPlainTextByEscaping("<b>ab</b>")),
                PageFingerprint.of(ab), PageFingerprint.of(ba), PageFingerprint.of(Map.of("a", "x"))));
        assertEquals(20, seen.size(), "a map counts in its order too: templates list it in that order");
        assertEquals(PageFingerprint.of("a"), PageFingerprint.of((Object) "a"));
    }

    @Test
    void aValueWhoseStateOrFaceItCannotSeeHasNoFingerprint() {
        assertNull(PageFingerprint.of(new Object()));
        assertNull(PageFingerprint.of("a", List.of(new LinkView("b", "c"), Optional.of("b"))));
        assertNull(PageFingerprint.of(new Headline("a", 1)), "a record that is not a view");
        assertNull(PageFingerprint.of(Map.of(1, "one")));
        assertNull(PageFingerprint.of(java.time.LocalDate.of(2024, 7, 1)), "templates format dates their own way");
        assertNotNull(PageFingerprint.of(new LinkView("b", null)));
    }

    @Test
    void aPagesVariablesCountInTheOrderOfTheirNames() {
        // A page's variables are held in a Map.copyOf, whose order changes from one JVM to the next: a
        // fingerprint taken in that order would never match the next build's. Six names, so that order
        // is the sorted one by chance once in 720 JVMs.
        PageView page = new PageView("tag", "Arctic", null, "/tags/arctic/", "https://example.org/tags/arctic/", List.of(),
                null, List.of());
        Map<String, Object> sorted = new LinkedHashMap<>();
        for (String name : List.of("articles", "lead", "more", "section", "tag", "title")) {
            sorted.put(name, new LinkView(name, "/" + name + "/"));
        }
        PageSpec spec = new PageSpec("tags/arctic/index.html", "pages/tag.ftlh", page, sorted);

        assertEquals(PageFingerprint.of(spec.path(), spec.template(), spec.page(), sorted), PageFingerprint.of(spec));
        assertNotEquals(PageFingerprint.of(spec), PageFingerprint.of(new PageSpec(spec.path(), "pages/tags.ftlh", page, sorted)));
    }

    @Test
    void aLongTextCountsByItsBytes() {
        String body = "<p>" + "Les ministres ont discut\u00e9 du point 17 de l\u2019ordre du jour. ".repeat(40) + "</p>";
        String copy = new String(body.toCharArray()); // another instance, as a body read from disk is
        PageFingerprint first = PageFingerprint.of(Map.of("body", body));

        assertEquals(first, PageFingerprint.of(Map.of("body", copy)), "the same text, wherever it was kept");
        assertNotEquals(first, PageFingerprint.of(Map.of("body", copy.replace("point 17 ", "point 71 "))),
                "one character apart, the same length");
        assertNotEquals(first, PageFingerprint.of(Map.of("body", copy.replace('\u2019', '\''))), "other bytes, as many characters");
        String ascii = "x".repeat(1024);
        assertNotEquals(PageFingerprint.of(ascii.substring(1)), PageFingerprint.of(ascii), "either side of the long-text length");
    }

    @Test
    void aPageBodyCountsByItsBytesAndItsPictureRewritesWithoutBeingDecodedOrIfItKnowsItsChecksumRead() {
        String html = "<p>Le point 17 de l\u2019ordre du jour.</p><img src=\"/a.png\" alt=\"\">";
        List<BodyImages.Swap> swaps = List.of(new BodyImages.Swap("<img src=\"/a.png\"", "<img src=\"/a.1f2e.png\""));
        Body stored = new Body() { // as a body on disk: its bytes, never its text
            @Override
            public String html() {
                throw new AssertionError("a fingerprint does not decode a body");
            }

            @Override
            public byte[] utf8() {
                return html.getBytes(StandardCharsets.UTF_8);
            }
        };
        PageFingerprint first = PageFingerprint.of(new PageBody(stored, swaps));
        byte[] utf8 = html.getBytes(StandardCharsets.UTF_8);
        Body known = new Body() { // as a body in the article cache: its checksum was made when it was written
            @Override
            public String html() {
                throw new AssertionError("a fingerprint does not decode a body");
            }

            @Override
            public byte[] utf8() {
                throw new AssertionError("a fingerprint does not read a body that knows its checksum");
            }

            @Override
            public Checksum checksum() {
                return new Checksum(utf8.length, org.gazette.io.Checksums.crcs(utf8, utf8.length));
            }
        };

        assertEquals(first, PageFingerprint.of(new PageBody(Body.of(html), swaps)), "the same body, wherever it was kept");
        assertEquals(first, PageFingerprint.of(new PageBody(known, swaps)), "the same body, by its checksum");
        assertNotEquals(first, PageFingerprint.of(new PageBody(Body.of(html.replace("17", "71")), swaps)));
        assertNotEquals(first, PageFingerprint.of(new PageBody(Body.of(html),
                List.of(new BodyImages.Swap("<img src=\"/a.png\"", "<img src=\"/a.9d8c.png\"")))), "another processed picture");
        assertNotEquals(first, PageFingerprint.of(new PageBody(Body.of(html), List.of())), "no rewrite");
        assertEquals("<p>Le point 17 de l\u2019ordre du jour.</p><img src=\"/a.1f2e.png\" alt=\"\">",
                PageInputs.markup(new PageBody(Body.of(html), swaps).markup()));
    }

    /**
     * A page's JSON-LD counts by what it is made from (the site-wide values it also reads are in the
     * site-wide fingerprint), and neither fingerprinting nor comparing pages makes it: a kept page never builds it.
     */
    @Test
    void jsonLdCountsByItsInputsWithoutBeingMade() {
        StructuredData structured = new StructuredData(new SiteView("T", null, "https://example.org/", "/", "en", "en-GB",
                new PublisherView("P", null), List.of(), "/archive/", "/tags/", "/authors/", null),
                new SitePaths("/", "https://example.org/"));
        List<LinkView> crumbs = List.of(new LinkView("Home", "/"), new LinkView("World", "/world/"));
        PageView page = new PageView("section", "World", null, "/world/", "https://example.org/world/", crumbs, null, List.of());
        PageView made = page.withStructuredData(structured.breadcrumbs(page));
        PageFingerprint first = PageFingerprint.of(made);

        PageView same = new PageView("section", "World", null, "/world/", "https://example.org/world/",
                List.of(new LinkView("Home", "/"), new LinkView("World", "/world/")), null, List.of());
        assertEquals(first, PageFingerprint.of(same.withStructuredData(structured.breadcrumbs(same))));
        assertNotEquals(first, PageFingerprint.of(page), "no JSON-LD");
        assertNotEquals(first, PageFingerprint.of(page.withStructuredData(structured.front())), "other JSON-LD");
        assertTrue(PageInputs.markup(made.structuredData().markup()).contains("\"item\":\"https://example.org/world/\""),
                PageInputs.markup(made.structuredData().markup()));

        java.util.function.Supplier<freemarker.core.TemplateHTMLOutputModel> never = () -> {
            throw new AssertionError("the JSON-LD was made");
        };
        PageView kept = page.withStructuredData(new JsonLd(List.of("breadcrumbs", crumbs), never));
        assertEquals(first, PageFingerprint.of(kept), "the same inputs, never made");
        assertNotEquals(first, PageFingerprint.of(page.withStructuredData(new JsonLd(List.of("breadcrumbs",
                List.of(new LinkView("Home", "/"), new LinkView("Earth", "/world/"))), never))), "another crumb");
        assertTrue(PageInputs.same(new PageSpec("world/", "t", kept, Map.of()), new PageSpec("world/", "t", made, Map.of())),
                "the preview compares the inputs too");
        assertFalse(PageInputs.same(new PageSpec("world/", "t", kept, Map.of()),
                new PageSpec("world/", "t", page.withStructuredData(structured.front()), Map.of())));
    }

    @Test
    void aLongListCountsByItsItemsWhetherItsFingerprintIsKeptOrNot() {
        List<LinkView> pages = new java.util.ArrayList<>();
        for (int n = 1; n <= 12; n++) {
            pages.add(new LinkView("Page " + n, "/world/page/" + n + "/"));
        }
        List<LinkView> shared = List.copyOf(pages); // kept by the very list: it cannot change
        PageFingerprint first = PageFingerprint.of(Map.of("pages", shared));

        assertEquals(first, PageFingerprint.of(Map.of("pages", shared)), "kept");
        assertEquals(first, PageFingerprint.of(Map.of("pages", pages)), "walked: a list that can change is never kept");
        pages.set(11, new LinkView("Page 12", "/world/page/twelve/"));
        assertNotEquals(first, PageFingerprint.of(Map.of("pages", pages)), "the changed list, walked again");
        assertNotEquals(first, PageFingerprint.of(Map.of("pages", List.copyOf(pages))));
        assertNotEquals(first, PageFingerprint.of(Map.of("pages", shared.subList(0, 11))), "one page fewer");
        PageFingerprint.forgetShared();
        assertEquals(first, PageFingerprint.of(Map.of("pages", shared)), "walked again once forgotten");
    }
}
