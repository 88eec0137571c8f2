package org.gazette.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.gazette.output.OutputException;
import org.gazette.testing.Builds;
import org.gazette.testing.Newsrooms;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Trending and Most Read end to end: the basic fixture with a small hand-written access log,
 * editor pins and exclusions in front matter, an alias, and the {@code rank} update.
 *
 * <p>At the clock 2024-07-01T00:00Z the log holds: "warms" 30 readers in the last 3 hours;
 * "elections" 12 readers 10–22 hours earlier (plus a flooding client); "harbour bridge" 6
 * readers through its former URL; "jazz" 40 readers but excluded by its editor; "budget" only
 * crawler hits; "nordic" none but pinned. Expected, by the README (Trending and Most Read): Trending = nordic (pin), warms
 * (acceleration (30+5)/(0+5) = 7); Most Read = warms 30, elections 12, harbour bridge 6.
 */
class RankingBuildTest {
    static final Instant NOW = Instant.parse("2024-07-01T00:00:00Z");
    static final String WARMS = "/news/world/2024/05/14/where-the-city-warms-fastest/";
    static final String ELECTIONS = "/news/politics/2024/03/05/elections-explained/";
    static final String BRIDGE = "/news/world/2023/10/13/harbour-bridge-opens/";
    static final String NORDIC = "/news/world/2023/06/01/nordic-ministers-meet/";
    static final String JAZZ = "/news/culture/2023/10/20/jazz-festival-review/";
    static final String BUDGET = "/news/politics/2023/01/17/city-budget-agreed/";
    private static final DateTimeFormatter LOG_TIME =
            DateTimeFormatter.ofPattern("dd/MMM/yyyy:HH:mm:ss Z", Locale.ROOT).withZone(ZoneOffset.UTC);
    private static final String BROWSER = "Mozilla/5.0 (X11; Linux x86_64; rv:126.0) Gecko/20100101 Firefox/126.0";

    @TempDir
    Path dir;
    Path newsroom;
    Path site;

    @BeforeEach
    void newsroomWithReadership() throws IOException {
        newsroom = Newsrooms.copyOfBasic(dir.resolve("newsroom"));
        site = dir.resolve("site");
        Path siteYaml = newsroom.resolve("content/site.yaml");
        Files.writeString(siteYaml, Files.readString(siteYaml) + """
                analytics:
                  sources: [logs/access.log*]
                  rankings:
                    mostReadMaxAge: 400d
                    trendingMaxAge: 400d
                """);
        addToFrontMatter("content/articles/2023/06/nordic-ministers-meet.md", "rankings:\n  pinUntil: 2024-07-02T00:00:00Z\n");
        addToFrontMatter("content/articles/2023/10/jazz-festival-review.md", "rankings:\n  exclude: true\n");
        addToFrontMatter("content/articles/2023/10/harbour-bridge-opens.md", "aliases: [/2023/harbour-bridge/]\n");
        List<String> log = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            log.add(line("198.51.100." + i, NOW.minusSeconds(3 * 3600 - i * 300), WARMS, 200, BROWSER));
        }
        for (int i = 0; i < 12; i++) {
            log.add(line("203.0.113." + i, NOW.minusSeconds(22 * 3600 - i * 3600), ELECTIONS + "?utm_source=x", 200, BROWSER));
        }
        for (int i = 0; i < 500; i++) {
            log.add(line("192.0.2.66", NOW.minusSeconds(5 * 3600 - i), ELECTIONS, 200, BROWSER));
        }
        for (int i = 0; i < 6; i++) {
            log.add(line("203.0.113." + (100 + i), NOW.minusSeconds(12 * 3600), "/news/2023/harbour-bridge/", 200, BROWSER));
        }
        for (int i = 0; i < 40; i++) {
            log.add(line("198.51.100." + (100 + i), NOW.minusSeconds(2 * 3600), JAZZ, 200, BROWSER));
        }
        for (int i = 0; i < 100; i++) {
            log.add(line("66.249.66." + i, NOW.minusSeconds(3600), BUDGET, 200,
                    "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)"));
        }
        log.sort(null);
        Files.createDirectories(newsroom.resolve("logs"));
        Files.write(newsroom.resolve("logs/access.log"), log);
    }

    @Test
    void pagesShowTrendingAndMostReadFromTheLog() {
        BuildReport report = new SiteBuild().run(new BuildOptions(newsroom, site, NOW));
        // 30 + 12 + 6 + 40 readers (the excluded story's readers are data too); 3 < 5 qualify, so 7 days.
        assertEquals("rankings: 88 readers in 48 h from 1 file (skipped 100 bot, 500 flood lines); "
                + "trending 2 (1 pinned), most read 3 (widened to 7 days)", report.rankings());
        for (String page : List.of("index.html", "world/2024/05/14/where-the-city-warms-fastest/index.html")) {
            Document doc = Builds.page(site, page);
            assertEquals(List.of(NORDIC, WARMS), doc.select(".block--trending a").eachAttr("href"), page);
            assertEquals(List.of(WARMS, ELECTIONS, BRIDGE), doc.select(".block--most-read ol a").eachAttr("href"), page);
        }
    }

    @Test
    void writesTheListsAsJsonWithTheirTime() throws IOException {
        new SiteBuild().run(new BuildOptions(newsroom, site, NOW));
        var trending = new ObjectMapper().readTree(site.resolve("data/trending.json").toFile());
        assertEquals("2024-07-01T00:00:00Z", trending.get("generatedAt").asText());
        assertEquals(List.of(NORDIC, WARMS), urls(trending));
        assertEquals(List.of(WARMS, ELECTIONS, BRIDGE),
                urls(new ObjectMapper().readTree(site.resolve("data/most-read.json").toFile())));
    }

    @Test
    void nothingFromTheLogReachesThePages() throws IOException {
        new SiteBuild().run(new BuildOptions(newsroom, site, NOW));
        try (Stream<Path> files = Files.walk(site)) {
            for (Path file : files.filter(Files::isRegularFile).filter(f -> !f.toString().endsWith(".png")).toList()) {
                String text = Files.readString(file);
                assertFalse(text.contains("198.51.100.") || text.contains("203.0.113.") || text.contains("Firefox/126")
                        || text.contains("utm_source"), file.toString());
            }
        }
    }

    @Test
    void aFormerUrlGetsARedirectPage() {
        new SiteBuild().run(new BuildOptions(newsroom, site, NOW));
        Document redirect = Builds.page(site, "2023/harbour-bridge/index.html");
        assertEquals("0; url=" + BRIDGE, redirect.selectFirst("meta[http-equiv=refresh]").attr("content"));
        assertEquals("https://example.org" + BRIDGE, redirect.selectFirst("link[rel=canonical]").attr("href"));
        assertEquals("noindex", redirect.selectFirst("meta[name=robots]").attr("content"));
        assertFalse(Builds.read(site.resolve("sitemap.xml")).contains("2023/harbour-bridge"), "redirects are not in the sitemap");
    }

    @Test
    void withoutReadershipDataTrendingShowsOnlyPinsAndMostReadIsOmitted() throws IOException {
        Files.delete(newsroom.resolve("logs/access.log"));
        BuildReport report = new SiteBuild().run(new BuildOptions(newsroom, site, NOW));
        assertEquals("no readership data: trending shows editor pins only, most read omitted", report.rankings());
        Document front = Builds.page(site, "index.html");
        assertEquals(List.of(NORDIC), front.select(".block--trending a").eachAttr("href"));
        assertTrue(front.select(".block--most-read").isEmpty());
    }

    @Test
    void rankRewritesOnlyWhatTheNewRankingsChange() throws IOException {
        new SiteBuild().run(new BuildOptions(newsroom, site, NOW));
        FileTime old = FileTime.fromMillis(0);
        try (Stream<Path> files = Files.walk(site)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Files.setLastModifiedTime(f, old);
            }
        }
        RankUpdate.Report same = new RankUpdate().run(new BuildOptions(newsroom, site, NOW));
        assertEquals(List.of(), same.changed(), "same data, same clock: nothing to write");

        // The bridge story takes off: 20 new readers in the last hour. Its score: acceleration
        // (20+5)/(6×6/42+5) = 4.27, momentum 20×2^(-0.5/4) + 6×2^(-12.5/4) = 19.0, 4.27×ln(20) = 12.8;
        // warms keeps 7×ln(1+23.1) = 22.3, so the bridge enters Trending third.
        List<String> burst = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            burst.add(line("192.0.2." + (10 + i), NOW.minusSeconds(1800 + i), BRIDGE, 200, BROWSER));
        }
        Files.write(newsroom.resolve("logs/access.log.1"), burst);
        RankUpdate.Report changed = new RankUpdate().run(new BuildOptions(newsroom, site, NOW));
        assertTrue(changed.changed().containsAll(List.of("data/trending.json", "data/most-read.json", "index.html",
                "world/2023/10/13/harbour-bridge-opens/index.html")), changed.changed().toString());
        assertFalse(changed.changed().contains("tags/index.html"), "pages without the blocks stay as they are");
        assertEquals(old, Files.getLastModifiedTime(site.resolve("tags/index.html")));
        assertEquals(List.of(NORDIC, WARMS, BRIDGE), Builds.page(site, "index.html").select(".block--trending a").eachAttr("href"));
    }

    @Test
    void rankRefusesWhenTheContentChangedSinceTheBuild() throws IOException {
        new SiteBuild().run(new BuildOptions(newsroom, site, NOW));
        addToFrontMatter("content/articles/2024/05/where-the-city-warms-fastest.md", "summary: \"Changed\"\n");
        OutputException e = assertThrows(OutputException.class, () -> new RankUpdate().run(new BuildOptions(newsroom, site, NOW)));
        assertTrue(e.getMessage().startsWith("content/ or templates/ changed since the site was built at 2024-07-01T00:00:00Z"),
                e.getMessage());
    }

    @Test
    void rankAsksForABuildWhenAnEarlierGazetteBuiltTheSite() throws IOException {
        // Earlier Gazettes wrote the fingerprint as bare hex (of SHA-256s), then in form 2 (of SHA-256s, as "2:hex").
        for (String earlier : List.of("", "2:")) {
            Files.deleteIfExists(site.resolve(BuildInputs.PATH)); // else the second build is "up to date" and writes nothing
            new SiteBuild().run(new BuildOptions(newsroom, site, NOW));
            Path state = site.resolve("data/build.json");
            String json = Files.readString(state);
            Files.writeString(state, json.replaceAll("\"contentFingerprint\" *: *\"[0-9]+:", "\"contentFingerprint\":\"" + earlier));
            assertTrue(!Files.readString(state).equals(json), "the fixture rewrote the fingerprint");
            OutputException e = assertThrows(OutputException.class, () -> new RankUpdate().run(new BuildOptions(newsroom, site, NOW)));
            assertTrue(e.getMessage().contains("was built by an earlier version of Gazette")
                    && e.getMessage().contains("run 'gazette build' once"), earlier + ": " + e.getMessage());
        }
    }

    @Test
    void rankRefusesWhenAScheduledArticleCameDue() {
        new SiteBuild().run(new BuildOptions(newsroom, site, NOW));
        OutputException e = assertThrows(OutputException.class, () ->
                new RankUpdate().run(new BuildOptions(newsroom, site, Instant.parse("2024-07-06T00:00:00Z"))));
        assertTrue(e.getMessage().contains("a scheduled article came due"), e.getMessage());
    }

    @Test
    void theBuildRecordsWhenTheNextScheduledArticleIsDue() throws IOException {
        new SiteBuild().run(new BuildOptions(newsroom, site, NOW));
        var state = new ObjectMapper().readTree(site.resolve("data/build.json").toFile());
        assertEquals("2024-07-05T04:00:00Z", state.get("nextPublish").asText());
        assertEquals("2024-07-01T00:00:00Z", state.get("generatedAt").asText());
    }

    private void addToFrontMatter(String file, String yaml) throws IOException {
        Path path = newsroom.resolve(file);
        String text = Files.readString(path);
        int end = text.indexOf("\n---\n", 4);
        Files.writeString(path, text.substring(0, end + 1) + yaml + text.substring(end + 1));
    }

    private static String line(String ip, Instant at, String path, int status, String agent) {
        return ip + " - - [" + LOG_TIME.format(at) + "] \"GET " + path + " HTTP/1.1\" " + status + " 5120 \"-\" \"" + agent + "\"";
    }

    private static List<String> urls(com.fasterxml.jackson.databind.JsonNode list) {
        List<String> out = new ArrayList<>();
        list.get("items").forEach(i -> out.add(i.get("url").asText()));
        return out;
    }

    @Test
    void anEditorCannotPinAndExcludeTheSameArticle() throws IOException {
        addToFrontMatter("content/articles/2024/05/where-the-city-warms-fastest.md",
                "rankings:\n  pinUntil: 2024-07-02T00:00:00Z\n  exclude: true\n");
        var e = assertThrows(org.gazette.content.ContentException.class,
                () -> new SiteBuild().run(new BuildOptions(newsroom, site, NOW)));
        assertTrue(e.report().contains("where-the-city-warms-fastest.md:"), e.report());
        assertTrue(e.report().contains("an article cannot be both pinned into Trending and excluded from it"), e.report());
    }
}
