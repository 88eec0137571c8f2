package org.gazette.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.gazette.testing.Builds;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The seed article, built from the demo newsroom with the real theme, read as a browser would. */
class SeedArticlePageTest {
    private static final String SEED = "world/2023/10/12/putins-first-time-since-march/index.html";

    @TempDir
    static Path out;
    static Document page;

    @BeforeAll
    static void build() {
        Builds.demo(out.resolve("site"));
        page = Builds.page(out.resolve("site"), SEED);
    }

    @Test
    void showsTheHeadlineAsTheOnlyH1() {
        assertEquals(1, page.select("h1").size());
        assertEquals("Putins first time since March", page.selectFirst("main h1").text());
        assertEquals("Putins first time since March – The Northern Ledger", page.title());
    }

    @Test
    void labelsTheSectionAndLinksIt() {
        Element label = page.selectFirst("main article a[href=/world/]");
        assertNotNull(label, "the section label links to the section page");
        assertEquals("World", label.text());
    }

    @Test
    void bylineLinksToTheAuthorPage() {
        Element byline = page.selectFirst("main article a[href=/authors/henrik-rothen/]");
        assertNotNull(byline);
        assertEquals("Henrik Rothen", byline.text());
    }

    @Test
    void publishTimeIsInTheSiteZoneWithTheSummerTimeAbbreviation() {
        Element time = page.selectFirst("main article time[datetime=2023-10-12T07:50:00+02:00]");
        assertNotNull(time, "a <time> with the ISO date-time and the Copenhagen offset");
        assertTrue(time.text().contains("12 October 2023"), time.text());
        assertTrue(time.text().contains("07:50"), time.text());
        assertTrue(time.text().contains("CEST"), time.text());
    }

    @Test
    void heroPhotoIsAFigureWithCaptionAndCredit() {
        Element figure = page.selectFirst("main article figure");
        assertNotNull(figure);
        Element img = figure.selectFirst("img");
        assertTrue(img.attr("src").startsWith("/images/"), img.attr("src"));
        assertFalse(img.attr("alt").isBlank());
        assertEquals("1600", img.attr("width"));
        assertEquals("900", img.attr("height"));
        String caption = figure.selectFirst("figcaption").text();
        assertTrue(caption.contains("Putins first time since March."), caption);
        assertTrue(caption.contains("Shutterstock.com"), caption);
    }

    @Test
    void bodyKeepsTheTextAndTheSubheading() {
        List<String> subheadings = page.select("main article h2").eachText();
        assertTrue(subheadings.contains("A summit of allies"), subheadings.toString());
        String text = page.selectFirst("main article").text();
        assertTrue(text.contains("Russian President Vladimir Putin has ventured abroad for the first time since an arrest "
                + "warrant was issued against him by the International Criminal Court (ICC) in March."));
        assertTrue(text.contains("as he navigates the complexities of international law and diplomacy."));
    }

    @Test
    void listsItsTagsAsLinksToTagPages() {
        List<String> tagLinks = page.select("main a[href^=/tags/]").eachAttr("href");
        assertTrue(tagLinks.contains("/tags/vladimir-putin/"), tagLinks.toString());
    }

    @Test
    void showsTrendingAndMostReadFromTheDemoReadershipLog() {
        // The stories scripts/demo-readership.py makes burst in the hours before the demo's clock.
        List<String> trending = page.select(".block--trending a").eachAttr("href");
        assertEquals(3, trending.size(), trending.toString());
        assertTrue(trending.containsAll(List.of(
                "/tech/2024/03/22/card-payments-fail-nationwide-in-morning-rush/",
                "/sport/2024/03/21/freja-lund-becomes-denmarks-youngest-international-master/",
                "/science/2024/03/21/measles-cases-confirmed-at-two-copenhagen-schools/")), trending.toString());
        List<String> mostRead = page.select(".block--most-read ol li a").eachAttr("href");
        assertTrue(mostRead.size() >= 6, mostRead.toString());
        assertFalse(trending.contains("/world/2024/03/19/tanker-drifts-in-the-great-belt-after-engine-failure/"),
                "the story that burst days ago does not trend");
        assertEquals("Most Read", page.selectFirst(".block--most-read h2").text());
    }

    @Test
    void hasLandmarksSkipLinkAndCanonicalUrl() {
        assertNotNull(page.selectFirst("a[href=#main]"), "skip link");
        assertNotNull(page.selectFirst("main#main"));
        assertNotNull(page.selectFirst("header"));
        assertNotNull(page.selectFirst("footer"));
        assertEquals("https://ledger.example.org/world/2023/10/12/putins-first-time-since-march/",
                page.selectFirst("link[rel=canonical]").attr("href"));
        assertEquals("en", page.selectFirst("html").attr("lang"));
    }
}
