package org.gazette.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.gazette.testing.Builds;
import org.gazette.testing.Newsrooms;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * End to end: a build over a published site renders only the pages whose inputs changed and keeps
 * the others as published ({@code .gazette-pages}), and what it leaves is byte for byte the site a
 * build that renders every page makes. Each test changes one kind of input and compares the site with
 * a reference built from scratch, from the same newsroom, in a folder of its own.
 */
class KeptPagesTest {
    private static final String EDITED_MD = "content/articles/2023/06/nordic-ministers-meet.md";
    private static final String EDITED = "world/2023/06/01/nordic-ministers-meet/index.html";
    private static final String UNRELATED_MD = "content/articles/2023/10/jazz-festival-review.md";
    private static final String UNRELATED = "culture/2023/10/20/jazz-festival-review/index.html";
    private static final Pattern COUNTS = Pattern.compile("render pages \\((\\d+) rendered, (\\d+) unchanged\\)");
    private static final Pattern FEEDS = Pattern.compile("write feeds \\((\\d+) written, (\\d+) unchanged\\)");
    private static final DateTimeFormatter LOG_TIME =
            DateTimeFormatter.ofPattern("dd/MMM/yyyy:HH:mm:ss Z", Locale.ROOT).withZone(ZoneOffset.UTC);

    @TempDir
    Path dir;
    Path newsroom;
    Path site;
    /** How many pages the basic newsroom has. */
    int pages;

    /** The basic newsroom, published twice into {@code site}: the second build records its pages. */
    @BeforeEach
    void publish() {
        newsroom = Newsrooms.copyOfBasic(dir.resolve("newsroom"));
        site = dir.resolve("site");
        BuildReport first = build(site);
        assertFalse(Files.exists(site.resolve(PageRecords.PATH)), "a build into an empty folder makes no records");
        pages = rendered(first);
        assertEquals(0, kept(first));
        BuildReport second = build(site, Newsrooms.NOW.plusSeconds(60));
        assertEquals(List.of(pages, 0), List.of(rendered(second), kept(second)), "no records yet: every page is rendered");
        assertTrue(Files.isRegularFile(site.resolve(PageRecords.PATH)));
    }

    @Test
    void anEditRendersOnlyThePagesItChanges() throws IOException {
        edit();
        BuildReport report = build(site);

        assertTrue(Builds.read(site.resolve(EDITED)).contains("One more sentence."));
        assertTrue(rendered(report) >= 1 && rendered(report) <= 2, report.stages().toString());
        assertEquals(pages, rendered(report) + kept(report));
        assertSameAsRenderingEveryPage();

        Newsrooms.write(newsroom, UNRELATED_MD, Builds.read(newsroom.resolve(UNRELATED_MD)) + "\nAn encore.\n");
        BuildReport next = build(site, Newsrooms.NOW.plusSeconds(60));
        assertTrue(rendered(next) >= 1 && rendered(next) <= 2, "kept pages keep their records: " + next.stages());
        assertSameAsRenderingEveryPage(Newsrooms.NOW.plusSeconds(60));
    }

    @Test
    void aTitleEditRendersEveryPageThatShowsTheArticleAndWritesTheFeedsThatListIt() throws IOException {
        Path file = newsroom.resolve(EDITED_MD);
        Files.writeString(file, Files.readString(file).replace("Nordic ministers meet in the harbour city",
                "Nordic ministers meet by the harbour"));
        BuildReport report = build(site);

        assertTrue(Builds.read(site.resolve("world/page/2/index.html")).contains("Nordic ministers meet by the harbour"));
        assertTrue(rendered(report) > 5 && kept(report) > 5, report.stages().toString());
        int listing = feedFiles("Nordic ministers meet by the harbour").size();
        int feeds = feedFiles("").size();
        assertTrue(listing >= 3 * 4 && listing < feeds, listing + " of " + feeds); // site, section, author, tags
        assertEquals(List.of(listing, feeds - listing), List.of(feedsWritten(report), feedsKept(report)));
        assertSameAsRenderingEveryPage();
    }

    @Test
    void anEditThatKeepsALongBodysLengthRendersItsPage() throws IOException {
        StringBuilder paragraph = new StringBuilder("\n");
        for (int i = 10; i < 70; i++) {
            paragraph.append("The ministers discussed item ").append(i).append(" of the agenda. ");
        }
        Path file = newsroom.resolve(EDITED_MD);
        Files.writeString(file, Files.readString(file) + paragraph + "\n");
        build(site);
        Files.writeString(file, Files.readString(file).replace("item 17 ", "item 71 "));
        BuildReport report = build(site);

        assertTrue(Builds.read(site.resolve(EDITED)).contains("item 71 of"));
        assertTrue(rendered(report) >= 1, report.stages().toString());
        assertSameAsRenderingEveryPage();
    }

    @Test
    void aBodyEditKeepsEveryFeed() throws IOException {
        edit();
        BuildReport report = build(site);

        int feeds = feedFiles("").size();
        assertTrue(feeds >= 3 * 10, feeds + " feed files");
        assertEquals(List.of(0, feeds), List.of(feedsWritten(report), feedsKept(report)), "feeds show no body: " + report.stages());
        assertSameAsRenderingEveryPage();
    }

    @Test
    void feedsFollowAnAuthorsNameAndAHeroPicturesBytes() throws IOException {
        Path author = newsroom.resolve("content/authors/anna-berg.yaml");
        Files.writeString(author, Files.readString(author).replace("Anna Berg", "Anna Berg-Holm"));
        build(site);
        assertSameAsRenderingEveryPage();

        // The same picture file, other bytes: feeds give its length, under the name it had.
        Files.copy(newsroom.resolve("content/articles/2023/10/festival-crowd.png"),
                newsroom.resolve("content/images/harbour-bridge.png"), StandardCopyOption.REPLACE_EXISTING);
        BuildReport report = build(site);
        assertTrue(feedsWritten(report) > 0 && feedsKept(report) > 0, report.stages().toString());
        assertSameAsRenderingEveryPage();
    }

    @Test
    void fullContentFeedsFollowTheBody() throws IOException {
        Path settings = newsroom.resolve("content/site.yaml");
        Files.writeString(settings, Files.readString(settings) + "feeds:\n  fullContent: true\n");
        build(site); // new settings: every feed written, and recorded
        edit();
        BuildReport report = build(site);

        int listing = feedFiles("One more sentence.").size();
        assertTrue(listing >= 3 * 4, listing + " feed files show the body");
        assertEquals(List.of(listing, feedFiles("").size() - listing), List.of(feedsWritten(report), feedsKept(report)));
        assertSameAsRenderingEveryPage();
    }

    @Test
    void anotherClockKeepsEveryPageTheThemeShowsNoClockOn() throws IOException {
        BuildReport report = build(site, Newsrooms.NOW.plusSeconds(3600));

        assertEquals(List.of(0, pages), List.of(rendered(report), kept(report)));
        assertSameAsRenderingEveryPage(Newsrooms.NOW.plusSeconds(3600));
    }

    @Test
    void pagesThatShowTheBuildClockAreRenderedWhenItMoves() throws IOException {
        Newsrooms.write(newsroom, "templates/pages/article.ftlh", Files.readString(Path.of("templates/pages/article.ftlh"))
                + "<p class=\"built\">${site.generatedAt.iso}</p>\n");
        build(site); // the new template: every page rendered, and which read the clock recorded
        Instant later = Newsrooms.NOW.plusSeconds(3600);
        BuildReport report = build(site, later);

        int showing = pagesContaining("<p class=\"built\">");
        assertTrue(showing > 0 && showing < pages, showing + " pages show the clock");
        assertEquals(List.of(showing, pages - showing), List.of(rendered(report), kept(report)));
        String shown = Builds.page(site, EDITED).select("p.built").text();
        assertTrue(shown.startsWith("2024-07-01T03:00:00"), shown); // one hour on, in Copenhagen
        assertSameAsRenderingEveryPage(later);
    }

    @Test
    void aTemplateThatReadsTheWallClockMakesNoRecords() throws IOException {
        Newsrooms.write(newsroom, "templates/pages/tags.ftlh", Files.readString(Path.of("templates/pages/tags.ftlh"))
                + "<#assign renderedAt = .now>\n");
        BuildReport report = build(site);

        assertEquals(List.of(pages, 0), List.of(rendered(report), kept(report)));
        assertFalse(Files.exists(site.resolve(PageRecords.PATH)), "pages rendered at another moment each time");
        assertTrue(report.warnings().stream().anyMatch(w -> w.startsWith("templates/pages/tags.ftlh may read Freemarker's .now")),
                report.warnings().toString());
        edit();
        assertEquals(pages, rendered(build(site)));
    }

    @Test
    void aTemplateThatEvaluatesTextMakesNoRecords() throws IOException {
        Newsrooms.write(newsroom, "templates/pages/tags.ftlh", Files.readString(Path.of("templates/pages/tags.ftlh"))
                + "<#assign two = \"1 + 1\"?eval>\n");
        BuildReport report = build(site);

        assertFalse(Files.exists(site.resolve(PageRecords.PATH)));
        assertEquals(1, report.warnings().stream().filter(w -> w.contains("?eval or ?interpret")).count());
    }

    @Test
    void aScriptsDateNowIsNotTheWallClock() throws IOException {
        Newsrooms.write(newsroom, "templates/assets/js/clock.js", "document.body.dataset.seen = Date.now();\n");
        Newsrooms.write(newsroom, "templates/assets/css/late.css", ".now { color: red; }\n");
        Newsrooms.write(newsroom, "templates/layouts/base.ftlh", Files.readString(Path.of("templates/layouts/base.ftlh"))
                .replace("</body>", "<script>window.seen = [Date.now(), performance.now()];</script></body>"));
        build(site);
        edit();
        BuildReport report = build(site);

        assertTrue(Files.exists(site.resolve(PageRecords.PATH)));
        assertTrue(kept(report) > 0, report.stages().toString());
        assertEquals(List.of(), report.warnings().stream().filter(w -> w.contains(".now")).toList());
    }

    @Test
    void aTemplateChangeRendersEveryPage() throws IOException {
        Newsrooms.write(newsroom, "templates/layouts/base.ftlh",
                Files.readString(Path.of("templates/layouts/base.ftlh")).replace("</body>", "<p>Printed on paper.</p></body>"));
        assertEveryPageRenderedShowing("Printed on paper.");
    }

    @Test
    void aChangeToAnyFileOfTheTemplatesFolderRendersEveryPage() throws IOException {
        // A static file a template includes: a change that minifies away leaves its published name as it was.
        Newsrooms.write(newsroom, "templates/assets/css/inline.css", "/* spring */ .masthead { color: navy; }\n");
        Newsrooms.write(newsroom, "templates/layouts/base.ftlh", Files.readString(Path.of("templates/layouts/base.ftlh"))
                .replace("</head>", "<style><#include \"/assets/css/inline.css\" parse=false></style></head>"));
        build(site);
        Newsrooms.write(newsroom, "templates/assets/css/inline.css", "/* autumn */ .masthead { color: navy; }\n");
        assertEveryPageRenderedShowing("autumn");
    }

    @Test
    void aTemplateChangedWhileThePagesAreRenderedLeavesNoRecords() throws IOException {
        String base = Files.readString(Path.of("templates/layouts/base.ftlh"));
        Newsrooms.write(newsroom, "templates/layouts/base.ftlh", base);
        build(site); // records made with the newsroom's own copy of the layout
        assertTrue(Files.isRegularFile(site.resolve(PageRecords.PATH)));
        edit();
        AtomicBoolean changed = new AtomicBoolean();
        // Freemarker reads the layout when a page first uses it: some pages may show either version.
        new SiteBuild((stage, done, total) -> {
            if (changed.compareAndSet(false, true)) {
                Newsrooms.write(newsroom, "templates/layouts/base.ftlh", base.replace("</body>", "<p>Printed on paper.</p></body>"));
            }
        }).run(new BuildOptions(newsroom, site, Newsrooms.NOW));

        assertTrue(changed.get());
        assertFalse(Files.exists(site.resolve(PageRecords.PATH)), "records would name the layout as it was before");
        assertEveryPageRenderedShowing("Printed on paper.");
    }

    @Test
    void aJavaOfAnotherVendorRendersEveryPage() throws IOException {
        String vendor = System.getProperty("java.vendor");
        System.setProperty("java.vendor", vendor + " (another build)");
        try {
            edit();
            BuildReport report = build(site);
            assertEquals(List.of(pages, 0), List.of(rendered(report), kept(report)));
        } finally {
            System.setProperty("java.vendor", vendor);
        }
    }

    @Test
    void aTemplatesFolderThatIsALinkIsReadWhereItPoints() throws IOException {
        Path shared = dir.resolve("shared-theme");
        Newsrooms.write(shared, "layouts/base.ftlh", Files.readString(Path.of("templates/layouts/base.ftlh")));
        Files.createSymbolicLink(newsroom.resolve("templates"), shared);
        build(site);
        Newsrooms.write(shared, "layouts/base.ftlh", Files.readString(Path.of("templates/layouts/base.ftlh"))
                .replace("</body>", "<p>Printed on paper.</p></body>"));
        assertEveryPageRenderedShowing("Printed on paper.");
    }

    @Test
    void aSettingsChangeRendersEveryPage() throws IOException {
        Path settings = newsroom.resolve("content/site.yaml");
        Files.writeString(settings, Files.readString(settings).replace("The Harbour Herald", "The Harbour Gazette"));
        assertEveryPageRenderedShowing("The Harbour Gazette");
    }

    @Test
    void newRankingsRenderThePagesThatShowThem() throws IOException {
        readership(30, "/news/world/2024/05/14/where-the-city-warms-fastest/");
        build(site); // the first rankings: the pages that show them rendered
        edit();
        build(site, Newsrooms.NOW.plusSeconds(1)); // most pages kept, with what they read
        List<String> before = Builds.page(site, "index.html").select(".block--most-read a").eachAttr("href");

        readership(60, "/news/culture/2023/10/20/jazz-festival-review/");
        BuildReport report = build(site);

        List<String> after = Builds.page(site, "index.html").select(".block--most-read a").eachAttr("href");
        assertNotEquals(before, after);
        int showing = pagesContaining("class=\"with-side"); // the front page and article pages, with the blocks' column
        assertTrue(showing > 0 && showing < pages, showing + " pages show the rankings");
        assertEquals(List.of(showing, pages - showing), List.of(rendered(report), kept(report)));
        assertSameAsRenderingEveryPage();
    }

    @Test
    void aBlockMadeOnceFromTheRankingsCountsOnEveryPageThatRepeatsIt() throws IOException {
        readership(30, "/news/world/2024/05/14/where-the-city-warms-fastest/");
        Newsrooms.write(newsroom, "templates/pages/tag.ftlh", Files.readString(Path.of("templates/pages/tag.ftlh"))
                + "<@cached key=\"ranked\"><p class=\"ranked\">${.globals.mostRead?size} most read</p></@cached>\n");
        build(site);
        assertTrue(Builds.read(site.resolve("tags/arctic/index.html")).contains("1 most read"));

        readership(60, "/news/culture/2023/10/20/jazz-festival-review/");
        BuildReport report = build(site);

        assertTrue(Builds.read(site.resolve("tags/arctic/index.html")).contains("2 most read"));
        int tagPages = pagesContaining("<p class=\"ranked\">");
        assertTrue(tagPages > 1, tagPages + " tag pages");
        assertEquals(pagesContaining("class=\"with-side") + tagPages, rendered(report));
        assertSameAsRenderingEveryPage();
    }

    @Test
    void aBlockThatUsesAListLookedUpBeforeItCountsToo() throws IOException {
        readership(30, "/news/world/2024/05/14/where-the-city-warms-fastest/");
        // The front page makes the block from a variable it looked the list up into, tag pages from the
        // list itself; whichever renders first makes it for all (PageReadsTest fixes the order).
        Newsrooms.write(newsroom, "templates/pages/front.ftlh", "<#assign ranked = mostRead>\n"
                + "<@cached key=\"ranked\"><p class=\"ranked\">${ranked?size} most read</p></@cached>\n"
                + Files.readString(Path.of("templates/pages/front.ftlh")));
        Newsrooms.write(newsroom, "templates/pages/tag.ftlh", Files.readString(Path.of("templates/pages/tag.ftlh"))
                + "<@cached key=\"ranked\"><p class=\"ranked\">${mostRead?size} most read</p></@cached>\n");
        build(site);

        readership(60, "/news/culture/2023/10/20/jazz-festival-review/");
        BuildReport report = build(site);

        assertTrue(Builds.read(site.resolve("tags/arctic/index.html")).contains("2 most read"));
        assertEquals(pagesContaining("class=\"with-side") + pagesContaining("<p class=\"ranked\">") - 1, rendered(report),
                "the front page shows both");
        assertSameAsRenderingEveryPage();
    }

    @Test
    void rankRendersOnlyThePagesThatShowTheRankingsAndTheNextBuildKeepsThem() throws IOException {
        readership(30, "/news/world/2024/05/14/where-the-city-warms-fastest/");
        build(site); // new settings: every page rendered, and recorded with the first rankings
        readership(60, "/news/culture/2023/10/20/jazz-festival-review/");

        RankUpdate.Report rank = rank();

        int showing = pagesContaining("class=\"with-side");
        assertTrue(showing > 0 && showing < pages, showing + " pages show the rankings");
        assertEquals(List.of(showing, pages - showing), List.of(rank.rendered(), rank.unchanged()));
        assertTrue(rank.changed().contains("index.html") && rank.changed().size() > 2, rank.changed().toString());
        assertFalse(rank.changed().contains(PageRecords.PATH), "the records are no file for readers");
        // rank leaves the build's record of its inputs, so the next build with newer logs is not skipped
        assertSameAsRenderingEveryPage(Newsrooms.NOW, BuildInputs.PATH);

        edit();
        BuildReport next = build(site);
        assertTrue(rendered(next) >= 1 && rendered(next) <= 2, "the records hold rank's rankings: " + next.stages());
        assertEquals(List.of(0, feedFiles("").size()), List.of(feedsWritten(next), feedsKept(next)),
                "the records hold the feeds rank kept: " + next.stages());
        assertSameAsRenderingEveryPage();
    }

    @Test
    void rankRecordsThePrecompressedFilesItRewritesSoTheNextBuildKeepsThem() throws IOException {
        readership(30, "/news/world/2024/05/14/where-the-city-warms-fastest/");
        new SiteBuild().run(new BuildOptions(newsroom, site, Newsrooms.NOW).withPrecompress(true));
        readership(60, "/news/culture/2023/10/20/jazz-festival-review/");
        RankUpdate.Report rank = rank();
        assertTrue(rank.changed().contains("index.html.gz"), rank.changed().toString());

        BuildReport next = new SiteBuild().run(new BuildOptions(newsroom, site, Newsrooms.NOW).withPrecompress(true));

        String files = next.stages().keySet().stream().filter(s -> s.startsWith("write files")).findFirst().orElseThrow();
        assertTrue(files.matches("write files \\(.*; 0 compressed, [1-9][0-9]* \\.gz unchanged\\)"), files);
        assertEquals(List.of(0, pages), List.of(rendered(next), kept(next)));
    }

    @Test
    void rankWithNothingNewRendersNothing() throws IOException {
        readership(30, "/news/world/2024/05/14/where-the-city-warms-fastest/");
        // A long body, fingerprinted by its bytes (PageFingerprintTest: the same wherever it is kept).
        Newsrooms.write(newsroom, EDITED_MD, Builds.read(newsroom.resolve(EDITED_MD)) + "\n"
                + "The ministers discussed the agenda at length, item by item, into the night. ".repeat(30) + "\n");
        build(site);
        assertTrue(Builds.read(site.resolve(EDITED)).length() > 4000);
        Path front = site.resolve("index.html");
        FileTime published = Files.getLastModifiedTime(front);
        Files.setLastModifiedTime(front, FileTime.fromMillis(published.toMillis() - 60_000));

        RankUpdate.Report rank = rank();

        assertEquals(List.of(0, pages, List.of()), List.of(rank.rendered(), rank.unchanged(), rank.changed()));
        assertEquals(published.toMillis() - 60_000, Files.getLastModifiedTime(front).toMillis(), "not written again");
        // rank leaves the build's record of its inputs, so the next build with newer logs is not skipped
        assertSameAsRenderingEveryPage(Newsrooms.NOW, BuildInputs.PATH);
    }

    @Test
    void rankOverASiteWithoutRecordsRendersEveryPageAndRecordsThem() throws IOException {
        readership(30, "/news/world/2024/05/14/where-the-city-warms-fastest/");
        Path fresh = dir.resolve("fresh");
        build(fresh); // into an empty folder: no records
        assertFalse(Files.exists(fresh.resolve(PageRecords.PATH)));
        readership(60, "/news/culture/2023/10/20/jazz-festival-review/");

        RankUpdate.Report first = new RankUpdate().run(new BuildOptions(newsroom, fresh, Newsrooms.NOW));
        assertEquals(List.of(pages, 0), List.of(first.rendered(), first.unchanged()));
        assertTrue(Files.isRegularFile(fresh.resolve(PageRecords.PATH)));

        readership(90, "/news/world/2024/05/14/where-the-city-warms-fastest/");
        RankUpdate.Report second = new RankUpdate().run(new BuildOptions(newsroom, fresh, Newsrooms.NOW));
        int showing = (int) contents(fresh).entrySet().stream()
                .filter(e -> e.getKey().endsWith(".html") && e.getValue().contains("class=\"with-side")).count();
        assertEquals(List.of(showing, pages - showing), List.of(second.rendered(), second.unchanged()));
    }

    @Test
    void rankRendersAPageChangedByHandAgain() throws IOException {
        readership(30, "/news/world/2024/05/14/where-the-city-warms-fastest/");
        build(site);
        Path tagPage = site.resolve("tags/arctic/index.html"); // shows no rankings
        String page = Builds.read(tagPage);
        Files.writeString(tagPage, page.replace("<html", "<HTML"));

        RankUpdate.Report rank = rank();

        assertEquals(List.of(1, List.of("tags/arctic/index.html")), List.of(rank.rendered(), rank.changed()));
        assertEquals(page, Builds.read(tagPage));
    }

    @Test
    void anotherPictureInABodyRendersItsPageThoughTheArticleIsUnchanged() throws IOException {
        String before = Builds.read(site.resolve(UNRELATED));
        // The body's HTML stays the same; only the processed file its picture points at changes.
        Files.copy(newsroom.resolve("content/images/harbour-bridge.png"),
                newsroom.resolve("content/articles/2023/10/festival-crowd.png"), StandardCopyOption.REPLACE_EXISTING);
        BuildReport report = build(site);

        assertNotEquals(before, Builds.read(site.resolve(UNRELATED)), "the body points at the new picture's file");
        assertTrue(rendered(report) < pages, report.stages().toString());
        assertSameAsRenderingEveryPage();
    }

    @Test
    void aPublishedPageChangedByHandIsRenderedAgain() throws IOException {
        Path sameLength = site.resolve(UNRELATED);
        String page = Builds.read(sameLength);
        Files.writeString(sameLength, page.replace("<html", "<HTML"));
        Path longer = site.resolve("index.html");
        Files.writeString(longer, Builds.read(longer) + "<!-- appended by hand -->");
        edit();
        BuildReport report = build(site);

        assertEquals(page, Builds.read(sameLength), "the page as rendered, not as changed");
        assertFalse(Builds.read(longer).contains("appended by hand"));
        assertTrue(rendered(report) >= 3, report.stages().toString());
        assertSameAsRenderingEveryPage();
    }

    @Test
    void aKeptPageIsCheckedByItsSizeAndTimeAndReadOnlyIfChangedSinceTheRecords() throws IOException {
        java.nio.file.attribute.FileTime recorded = Files.getLastModifiedTime(site.resolve(PageRecords.PATH));
        // Changed by hand, the size kept, then given a time before the records (as restoring from a
        // backup with its times can): the quick check takes it as recorded, so it is not read.
        Path restored = site.resolve(UNRELATED);
        String page = Builds.read(restored);
        Files.writeString(restored, page.replace("<html", "<HTML"));
        Files.setLastModifiedTime(restored, java.nio.file.attribute.FileTime.from(recorded.toInstant().minusSeconds(1)));
        // Changed by hand in the very tick of the file system's clock that the records were written in:
        // not before them, so read, and rendered again.
        Path sameTick = site.resolve("tags/arctic/index.html");
        String tagPage = Builds.read(sameTick);
        Files.writeString(sameTick, tagPage.replace("<html", "<HTML"));
        Files.setLastModifiedTime(sameTick, recorded);
        edit();
        build(site);

        assertTrue(Builds.read(restored).contains("<HTML"), "kept unread: its size and time are as recorded");
        assertEquals(tagPage, Builds.read(sameTick), "read, and rendered again");
    }

    @Test
    void recordsThatCannotBeReadRenderEveryPage() throws IOException {
        Path records = site.resolve(PageRecords.PATH);
        byte[] bytes = Files.readAllBytes(records);
        Files.write(records, java.util.Arrays.copyOf(bytes, bytes.length - 3));
        edit();
        BuildReport report = build(site);

        assertEquals(List.of(pages, 0), List.of(rendered(report), kept(report)));
        assertSameAsRenderingEveryPage();
    }

    /** Appends a sentence to an article's body (a change to the inputs, so the build is not skipped). */
    private void edit() {
        Newsrooms.write(newsroom, EDITED_MD, Builds.read(newsroom.resolve(EDITED_MD)) + "\nOne more sentence.\n");
    }

    /** Site settings that read {@code logs/access.log}, and {@code readers} more readers of {@code path} in it, an hour ago. */
    private void readership(int readers, String path) throws IOException {
        Path settings = newsroom.resolve("content/site.yaml");
        String yaml = Files.readString(settings);
        if (!yaml.contains("analytics:")) {
            Files.writeString(settings, yaml + """
                    analytics:
                      sources: [logs/access.log]
                      rankings:
                        mostReadMaxAge: 400d
                        trendingMaxAge: 400d
                    """);
        }
        List<String> log = new ArrayList<>();
        for (int i = 0; i < readers; i++) {
            log.add("198.51.100." + i + " - - [" + LOG_TIME.format(Newsrooms.NOW.minusSeconds(3600 + i)) + "] \"GET " + path
                    + " HTTP/1.1\" 200 5120 \"-\" \"Mozilla/5.0 (X11; Linux x86_64; rv:126.0) Gecko/20100101 Firefox/126.0\"");
        }
        Files.createDirectories(newsroom.resolve("logs"));
        Files.write(newsroom.resolve("logs/access.log"), log, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    /**
     * A build now renders every page, and the site shows {@code shown} on a page unrelated to the
     * change: a change every page depends on.
     */
    private void assertEveryPageRenderedShowing(String shown) throws IOException {
        BuildReport report = build(site);

        assertEquals(List.of(pages, 0), List.of(rendered(report), kept(report)));
        assertTrue(Builds.read(site.resolve(UNRELATED)).contains(shown));
        assertSameAsRenderingEveryPage();
    }

    private void assertSameAsRenderingEveryPage() throws IOException {
        assertSameAsRenderingEveryPage(Newsrooms.NOW);
    }

    /**
     * The site, last built at {@code now}, holds what a build at {@code now} that renders every page
     * makes: one over a site of its own (so that it writes {@code .gazette-pages} too), which has no
     * records to keep a page by, as it was built into an empty folder; {@code besides} the files named.
     */
    private void assertSameAsRenderingEveryPage(Instant now, String... besides) throws IOException {
        Path reference = Files.createTempDirectory(dir, "reference").resolve("site");
        build(reference, now.minusSeconds(1));
        BuildReport everyPage = build(reference, now);
        assertEquals(0, kept(everyPage));
        Map<String, String> expected = contents(reference);
        Map<String, String> actual = contents(site);
        for (String file : besides) {
            assertTrue(expected.remove(file) != null && actual.remove(file) != null, file);
        }
        assertEquals(expected.keySet(), actual.keySet());
        assertEquals(List.of(), expected.keySet().stream().filter(f -> !expected.get(f).equals(actual.get(f))).toList(),
                "files that differ from rendering every page");
    }

    private RankUpdate.Report rank() {
        return new RankUpdate().run(new BuildOptions(newsroom, site, Newsrooms.NOW));
    }

    private BuildReport build(Path out) {
        return build(out, Newsrooms.NOW);
    }

    private BuildReport build(Path out, Instant now) {
        return new SiteBuild().run(new BuildOptions(newsroom, out, now));
    }

    /** How many pages of the site hold {@code marker}. */
    private int pagesContaining(String marker) throws IOException {
        return (int) contents(site).entrySet().stream()
                .filter(e -> e.getKey().endsWith(".html") && e.getValue().contains(marker)).count();
    }

    /** The site's feed files (every format) that hold {@code text}. */
    private List<String> feedFiles(String text) throws IOException {
        return contents(site).entrySet().stream().filter(e -> e.getKey().matches("(.*/)?(feed\\.xml|atom\\.xml|feed\\.json)"))
                .filter(e -> e.getValue().contains(text)).map(Map.Entry::getKey).toList();
    }

    private static int rendered(BuildReport report) {
        return counts(report, COUNTS, 1);
    }

    private static int kept(BuildReport report) {
        return counts(report, COUNTS, 2);
    }

    private static int feedsWritten(BuildReport report) {
        return counts(report, FEEDS, 1);
    }

    private static int feedsKept(BuildReport report) {
        return counts(report, FEEDS, 2);
    }

    private static int counts(BuildReport report, Pattern stageName, int group) {
        for (String stage : report.stages().keySet()) {
            Matcher m = stageName.matcher(stage);
            if (m.matches()) {
                return Integer.parseInt(m.group(group));
            }
        }
        throw new AssertionError("no stage " + stageName + " in " + report.stages().keySet());
    }

    private static Map<String, String> contents(Path site) throws IOException {
        Map<String, String> contents = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(site)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                contents.put(site.relativize(file).toString().replace('\\', '/'),
                        Files.readString(file, StandardCharsets.ISO_8859_1));
            }
        }
        return contents;
    }
}
