package org.gazette.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import org.gazette.model.Article;
import org.gazette.model.Author;
import org.gazette.model.Image;
import org.gazette.model.Link;
import org.gazette.model.Newsroom;
import org.gazette.model.Section;
import org.gazette.model.Source;
import org.gazette.model.Tag;
import org.gazette.testing.Newsrooms;
import org.junit.jupiter.api.Test;

/** The valid fixture newsroom, read field by field: what every later stage relies on. */
class BasicNewsroomTest {
    private static final ZoneId COPENHAGEN = ZoneId.of("Europe/Copenhagen");
    private final Newsroom newsroom = Loading.load(Newsrooms.basic());

    private Article article(String slug) {
        return java.util.stream.Stream.of(newsroom.published(), newsroom.scheduled(), newsroom.drafts())
                .flatMap(List::stream).filter(a -> a.slug().equals(slug)).findFirst().orElseThrow();
    }

    private static List<String> paths(List<Article> articles) {
        return articles.stream().map(Article::path).toList();
    }

    @Test
    void readsTheSiteSettings() {
        var site = newsroom.site();
        assertEquals("The Harbour Herald", site.title());
        assertEquals("A small test newsroom: local news from the harbour city and beyond.", site.description());
        assertEquals("https://example.org/news/", site.baseUrl());
        assertEquals("/news/", site.basePath());
        assertEquals("en", site.language());
        assertEquals(Locale.forLanguageTag("en-GB"), site.locale());
        assertEquals(COPENHAGEN, site.timeZone());
        assertEquals("d MMMM yyyy, HH:mm z", site.dateFormat());
        assertEquals("/{section}/{yyyy}/{MM}/{dd}/{slug}/", site.permalink());
        assertEquals(2, site.pageSize());
        assertEquals(Newsrooms.NOW, newsroom.now());
    }

    @Test
    void readsThePublisherWithItsLogo() {
        var publisher = newsroom.site().publisher();
        assertEquals("Harbour Herald Media", publisher.name());
        Image logo = publisher.logo();
        assertEquals("images/logo.png", logo.outputPath());
        assertEquals("Harbour Herald Media", logo.alt());
        assertEquals(120, logo.width());
        assertEquals(40, logo.height());
    }

    @Test
    void readsSectionsInNavigationOrder() {
        assertEquals(List.of(
                new Section("world", "World", "News from beyond the harbour."),
                new Section("politics", "Politics", "City hall, parliament and the people in them."),
                new Section("culture", "Culture", "Music, art and festivals, reviewed.")), newsroom.sections());
    }

    @Test
    void readsAuthorsSortedByIdWithPhotoAndLinks() {
        assertEquals(List.of("anna-berg", "bo-nielsen", "clara-moreau"),
                newsroom.authors().stream().map(Author::id).toList());
        Author anna = newsroom.authors().get(0);
        assertEquals("Anna Berg", anna.name());
        assertEquals("Anna Berg covers city hall and the harbour for the Herald.", anna.bio());
        assertEquals("images/authors/anna-berg.png", anna.photo().outputPath());
        assertEquals("Portrait of Anna Berg, a woman with short dark hair", anna.photo().alt());
        assertEquals(48, anna.photo().width());
        assertEquals(List.of(new Link("Mastodon", "https://social.example.org/@annaberg"),
                new Link("Email", "mailto:anna.berg@example.org")), anna.links());
        Author clara = newsroom.authors().get(2);
        assertEquals(new Author("clara-moreau", "Clara Moreau", null, null, List.of()), clara);
    }

    @Test
    void listsPublishedArticlesNewestFirst() {
        assertEquals(List.of(
                "world/2024/05/14/where-the-city-warms-fastest/",
                "politics/2024/03/05/elections-explained/",
                "culture/2023/10/20/jazz-festival-review/",
                "world/2023/10/13/harbour-bridge-opens/",
                "world/2023/06/01/nordic-ministers-meet/",
                "politics/2023/01/17/city-budget-agreed/"), paths(newsroom.published()));
    }

    @Test
    void keepsArticlesDatedAfterTheBuildClockAsScheduled() {
        assertEquals(List.of("culture/2024/07/05/summer-festival-preview/"), paths(newsroom.scheduled()));
    }

    @Test
    void keepsDraftsOutOfThePublishedList() {
        assertEquals(List.of("politics/2024/06/20/metro-strike-draft/"), paths(newsroom.drafts()));
        assertTrue(article("metro-strike-draft").draft());
    }

    @Test
    void usesTheSiteTimeZoneDateInTheUrl() {
        Article bridge = article("harbour-bridge-opens");
        // 2023-10-12T23:30:00Z is already 13 October in Copenhagen (CEST, +02:00).
        assertEquals(ZonedDateTime.of(2023, 10, 13, 1, 30, 0, 0, COPENHAGEN), bridge.published());
        assertEquals("world/2023/10/13/harbour-bridge-opens/", bridge.path());
    }

    @Test
    void readsALocalDateTimeInTheSiteTimeZoneInWinter() {
        Article budget = article("city-budget-agreed");
        assertEquals(ZonedDateTime.of(2023, 1, 17, 9, 30, 0, 0, COPENHAGEN), budget.published());
        assertEquals("2023-01-17T08:30:00Z", budget.published().toInstant().toString());
    }

    @Test
    void readsADateWithoutTimeAsMidnightInTheSiteTimeZone() {
        assertEquals("2023-05-31T22:00:00Z", article("nordic-ministers-meet").published().toInstant().toString());
    }

    @Test
    void readsADateWithAnOffsetAndKeepsTheInstant() {
        Article elections = article("elections-explained");
        assertEquals("2024-03-05T07:00:00Z", elections.published().toInstant().toString());
        assertEquals(COPENHAGEN, elections.published().getZone());
    }

    @Test
    void readsTheUpdatedTime() {
        Article bridge = article("harbour-bridge-opens");
        assertEquals(ZonedDateTime.of(2023, 10, 13, 10, 15, 0, 0, COPENHAGEN), bridge.updated());
        assertNull(article("jazz-festival-review").updated());
    }

    @Test
    void readsOneAuthorOrSeveral() {
        assertEquals(List.of("anna-berg"), article("harbour-bridge-opens").authorIds());
        assertEquals(List.of("anna-berg", "bo-nielsen"), article("elections-explained").authorIds());
    }

    @Test
    void takesTheSlugFromTheFileNameUnlessOneIsGiven() {
        Article elections = article("elections-explained");
        assertEquals(new Source("content/articles/2024/03/local-elections-explained.md", 1, 1), elections.source());
        assertEquals("jazz-festival-review", article("jazz-festival-review").slug());
    }

    @Test
    void mergesTagSpellingsThatShareASlug() {
        assertEquals(List.of(new Tag("local-elections", "Local Elections"), new Tag("city-hall", "City Hall")),
                article("elections-explained").tags());
    }

    @Test
    void readsTitleSummaryAndSection() {
        Article bridge = article("harbour-bridge-opens");
        assertEquals("Harbour bridge opens after two years of delays", bridge.title());
        assertEquals("The new cycling bridge across the inner harbour opened just after midnight.", bridge.summary());
        assertEquals("world", bridge.sectionId());
        assertNull(article("metro-strike-draft").summary());
    }

    @Test
    void readsTheLeadImageWithCreditAndCaption() {
        Image image = article("harbour-bridge-opens").image();
        assertEquals("images/harbour-bridge.png", image.outputPath());
        assertEquals("A slim white bridge crossing the harbour at night, lit from below", image.alt());
        assertEquals("Photo: Anna Berg", image.credit());
        assertEquals("The bridge on its first night.", image.caption());
        assertEquals(64, image.width());
        assertEquals(36, image.height());
        assertEquals(List.of(image), article("harbour-bridge-opens").media());
    }

    @Test
    void resolvesABodyImageRelativeToTheArticleFile() {
        Article jazz = article("jazz-festival-review");
        assertEquals(List.of("articles/2023/10/festival-crowd.png"),
                jazz.media().stream().map(Image::outputPath).toList());
        assertTrue(jazz.bodyHtml().contains("<img src=\"/news/articles/2023/10/festival-crowd.png\" "
                + "alt=\"The crowd in front of the main stage on the last night\" loading=\"lazy\" decoding=\"async\" "
                + "width=\"64\" height=\"36\" />"), jazz.bodyHtml());
    }

    @Test
    void readsTheSizeOfAnSvgFromItsWidthAndHeight() {
        Article warms = article("where-the-city-warms-fastest");
        Image chart = warms.media().get(0);
        assertEquals("images/city-heat.svg", chart.outputPath());
        assertEquals(320, chart.width());
        assertEquals(180, chart.height());
        assertTrue(warms.bodyHtml().contains("<img src=\"/news/images/city-heat.svg\""), warms.bodyHtml());
    }

    @Test
    void prefixesInternalLinksWithTheBasePath() {
        assertTrue(article("elections-explained").bodyHtml()
                .contains("<a href=\"/news/world/2023/10/13/harbour-bridge-opens/\">opened last October</a>"));
    }

    @Test
    void rendersSubheadingsWithIds() {
        assertTrue(article("harbour-bridge-opens").bodyHtml()
                .contains("<h2 id=\"what-went-wrong\">What went wrong</h2>"));
    }

    @Test
    void rendersTables() {
        String html = article("city-budget-agreed").bodyHtml();
        assertTrue(html.contains("<table class=\"table\">"), html);
        assertTrue(html.contains("<tr><td>Schools</td><td align=\"right\">410</td><td align=\"right\">436</td></tr>"), html);
    }

    @Test
    void loadsTheSameNewsroomTwice() {
        assertEquals(newsroom, Loading.load(Newsrooms.basic()));
    }
}
