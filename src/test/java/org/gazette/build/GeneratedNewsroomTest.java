package org.gazette.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.gazette.testing.Builds;
import org.gazette.testing.LinkCheck;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Builds a newsroom written by the shared benchmark generator, unchanged, and checks the site
 * against the generator's own manifest of expected listings.
 */
class GeneratedNewsroomTest {
    static final int ARTICLES = 400;

    @TempDir
    static Path dir;
    static Path site;
    static JsonNode manifest;
    static BuildReport report;

    @BeforeAll
    static void generateAndBuild() throws Exception {
        Path generator = Builds.repo().resolveSibling("shared").resolve("bench/gen_corpus.py");
        assertTrue(Files.isRegularFile(generator), "the shared generator is at " + generator);
        Path newsroom = dir.resolve("newsroom");
        Process p = new ProcessBuilder("python3", generator.toString(), "--n", Integer.toString(ARTICLES),
                "--seed", "11", "--out", newsroom.toString()).redirectErrorStream(true)
                .redirectOutput(dir.resolve("gen.log").toFile()).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS) && p.exitValue() == 0, "generator failed: "
                + Files.readString(dir.resolve("gen.log")));
        manifest = new ObjectMapper().readTree(newsroom.resolve("manifest.json").toFile());
        site = dir.resolve("site");
        report = new SiteBuild().run(new BuildOptions(newsroom, site, Instant.parse(manifest.get("now").asText()),
                List.of("analytics/access.log")));
    }

    @Test
    void publishesEveryGeneratedArticleAtItsPermalink() throws IOException {
        assertEquals(manifest.get("n").asInt(), report.published());
        for (String url : strings(manifest.get("feed_newest_50"))) {
            assertTrue(Files.isRegularFile(site.resolve(url.substring(1) + "index.html")), url);
        }
        try (var files = Files.walk(site)) {
            long articlePages = files.filter(f -> f.toString().matches(".*/\\d{4}/\\d{2}/\\d{2}/[^/]+/index\\.html")).count();
            assertEquals(ARTICLES, articlePages);
        }
    }

    @Test
    void frontPageLeadsWithTheNewestStoriesInOrder() {
        Document front = Builds.page(site, "index.html");
        List<String> expected = strings(manifest.get("home_newest_30"));
        List<String> links = front.select("main a[href]").eachAttr("href").stream()
                .filter(expected::contains).distinct().toList();
        assertEquals(expected.subList(0, 7), links.subList(0, 7), "lead story then the latest six, newest first");
    }

    @Test
    void sectionPagesListTheSectionNewestFirst() {
        manifest.get("section_newest_30").fields().forEachRemaining(entry -> {
            List<String> expected = strings(entry.getValue());
            Document page = Builds.page(site, entry.getKey() + "/index.html");
            List<String> links = page.select("main a[href]").eachAttr("href").stream()
                    .filter(expected::contains).distinct().toList();
            assertEquals(expected.subList(0, Math.min(10, expected.size())), links, entry.getKey());
        });
    }

    @Test
    void tagPagesCountEveryTaggedArticle() {
        manifest.get("tags").fields().forEachRemaining(entry -> {
            int count = entry.getValue().asInt();
            int pages = (count + 9) / 10;
            assertTrue(Files.isRegularFile(site.resolve("tags/" + entry.getKey() + "/index.html")), entry.getKey());
            assertTrue(Files.isRegularFile(site.resolve("tags/" + entry.getKey()
                    + (pages == 1 ? "/index.html" : "/page/" + pages + "/index.html"))), entry.getKey());
            assertTrue(Files.notExists(site.resolve("tags/" + entry.getKey() + "/page/" + (pages + 1))), entry.getKey());
        });
    }

    @Test
    void everyInternalLinkResolvesToAGeneratedFile() {
        assertEquals(List.of(), LinkCheck.broken(site, "/"));
    }

    @Test
    void trendingShowsTheStoriesBurstingNowAndNotThoseThatBurstBefore() {
        List<String> trending = Builds.page(site, "index.html").select(".block--trending a").eachAttr("href");
        List<String> now = strings(manifest.get("planted").get("trending_now"));
        assertTrue(now.size() >= 2, "the generator planted bursting stories: " + now);
        assertTrue(trending.containsAll(now), "every bursting story trends: " + trending);
        for (String before : strings(manifest.get("planted").get("trended_before"))) {
            assertFalse(trending.contains(before), before + " burst days ago and must not trend now");
        }
    }

    @Test
    void aFloodingClientDoesNotMakeAStoryMostRead() {
        String flooded = manifest.get("planted").get("flooded").asText();
        List<String> mostRead = Builds.page(site, "index.html").select(".block--most-read a").eachAttr("href");
        assertTrue(mostRead.size() >= 5, "the log fills Most Read: " + mostRead);
        assertFalse(mostRead.contains(flooded), "flooded " + flooded + " is not Most Read: " + mostRead);
        assertTrue(report.rankings().contains("flood lines"), report.rankings());
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
