package org.gazette.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.gazette.testing.Newsrooms;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rebuilds in memory after an article edit: an edit in place (the article stays where it was) renders
 * exactly the pages that show the article, and every rebuild serves what a fresh build of the same
 * files serves.
 */
class MemoryBuildTest {
    private static final String BRIDGE = "content/articles/2023/10/harbour-bridge-opens.md";
    private static final String BRIDGE_TITLE = "Harbour bridge opens after two years of delays";

    @TempDir
    Path dir;

    private final List<String> timings = new ArrayList<>();

    private MemoryBuild build(Path root, List<String> analytics) {
        return new MemoryBuild(new MemoryBuild.Options(root, Newsrooms.NOW, analytics, false, false));
    }

    private SiteSnapshot rebuild(MemoryBuild build, Path... changed) {
        timings.clear();
        return build.rebuild(MemoryBuild.Change.content(List.of(changed)), timings::add);
    }

    private static Path edit(Path root, String file, String from, String to) throws IOException {
        Path path = root.resolve(file);
        String text = Files.readString(path);
        assertTrue(text.contains(from), file + " contains " + from);
        return Files.writeString(path, text.replace(from, to));
    }

    @Test
    void rendersExactlyThePagesThatShowAnArticleWhoseTitleChangedInPlace() throws IOException {
        Path root = Newsrooms.copyOfBasic(dir);
        MemoryBuild build = build(root, null);
        SiteSnapshot before = build.rebuild(MemoryBuild.Change.ALL, t -> { });

        SiteSnapshot after = rebuild(build, edit(root, BRIDGE, BRIDGE_TITLE, "Harbour bridge finally opens"));

        assertTrue(timings.stream().anyMatch(t -> t.startsWith("plan 1 edited")), "the fast path: " + timings);
        // The pages showing the new title in a fresh build are exactly those that changed.
        SiteSnapshot fresh = build(root, null).rebuild(MemoryBuild.Change.ALL, t -> { });
        Set<String> showing = new TreeSet<>();
        fresh.pages().forEach((file, html) -> {
            if (new String(html, StandardCharsets.UTF_8).contains("Harbour bridge finally opens")) {
                showing.add(file);
            }
        });
        assertTrue(showing.containsAll(Set.of("index.html", "world/2023/10/13/harbour-bridge-opens/index.html",
                "tags/cycling/index.html", "archive/2023/10/index.html")), showing.toString());
        assertFalse(showing.contains("tags/jazz/index.html"), showing.toString());
        assertEquals(showing, changed(before, after));
        assertEquals(showing.size(), after.rendered(), "only those pages were rendered");
        assertSameSite(fresh, after);
    }

    @Test
    void rendersOnlyTheArticlePageWhenOnlyItsBodyChanged() throws IOException {
        Path root = Newsrooms.copyOfBasic(dir);
        MemoryBuild build = build(root, null);
        SiteSnapshot before = build.rebuild(MemoryBuild.Change.ALL, t -> { });

        SiteSnapshot after = rebuild(build, edit(root, BRIDGE, "two years later than planned", "three years late"));

        assertEquals(Set.of("world/2023/10/13/harbour-bridge-opens/index.html"), changed(before, after));
        assertEquals(1, after.rendered());
        assertSameSite(build(root, null).rebuild(MemoryBuild.Change.ALL, t -> { }), after);
    }

    @Test
    void addingATagMovesTheArticleSoTheWholeSiteIsPlannedAgain() throws IOException {
        Path root = Newsrooms.copyOfBasic(dir);
        MemoryBuild build = build(root, null);
        build.rebuild(MemoryBuild.Change.ALL, t -> { });

        SiteSnapshot after = rebuild(build, edit(root, BRIDGE, "tags: [Harbour, Cycling]", "tags: [Harbour, Cycling, Jazz]"));

        assertFalse(timings.stream().anyMatch(t -> t.contains("edited")), "the full path: " + timings);
        assertTrue(new String(after.pages().get("tags/jazz/index.html"), StandardCharsets.UTF_8).contains(BRIDGE_TITLE)
                || new String(after.pages().get("tags/jazz/page/2/index.html"), StandardCharsets.UTF_8).contains(BRIDGE_TITLE),
                "the article is listed under its new tag");
        assertSameSite(build(root, null).rebuild(MemoryBuild.Change.ALL, t -> { }), after);
    }

    @Test
    void editsInARowStayIdenticalToAFreshBuild() throws IOException {
        Path root = Newsrooms.copyOfBasic(dir);
        MemoryBuild build = build(root, null);
        build.rebuild(MemoryBuild.Change.ALL, t -> { });
        String jazz = "content/articles/2023/10/jazz-festival-review.md";

        rebuild(build, edit(root, BRIDGE, BRIDGE_TITLE, "First title"));
        rebuild(build, edit(root, BRIDGE, "First title", "Second title"),
                edit(root, jazz, "Review: the jazz festival finds its old swing", "Jazz: swing is back"));
        assertTrue(timings.stream().anyMatch(t -> t.startsWith("plan 2 edited")), "the fast path: " + timings);
        SiteSnapshot after = rebuild(build, edit(root, jazz, "Ten days, forty stages", "Eleven days"));

        assertSameSite(build(root, null).rebuild(MemoryBuild.Change.ALL, t -> { }), after);
    }

    @Test
    void rendersEveryPageWhenAnArticleInMostReadChangesItsTitle() throws IOException {
        Path root = Newsrooms.copyOfBasic(dir);
        Files.writeString(root.resolve("views.csv"), """
                path,views
                /news/world/2023/10/13/harbour-bridge-opens/,300
                /news/culture/2023/10/20/jazz-festival-review/,200
                """);
        Path siteYaml = root.resolve("content/site.yaml");
        Files.writeString(siteYaml, Files.readString(siteYaml) + """
                analytics:
                  sources: [views.csv]
                  rankings:
                    mostReadMaxAge: 400d
                """);
        List<String> analytics = null;
        MemoryBuild build = build(root, analytics);
        SiteSnapshot before = build.rebuild(MemoryBuild.Change.ALL, t -> { });
        assertTrue(new String(before.generated("data/most-read.json"), StandardCharsets.UTF_8).contains("harbour-bridge-opens"),
                "the fixture puts the article in Most Read");

        SiteSnapshot after = rebuild(build, edit(root, BRIDGE, BRIDGE_TITLE, "Harbour bridge finally opens"));

        assertTrue(timings.stream().anyMatch(t -> t.contains("Trending/Most Read changed")), timings.toString());
        assertEquals(after.pages().size(), after.rendered());
        assertSameSite(build(root, analytics).rebuild(MemoryBuild.Change.ALL, t -> { }), after);
    }

    private static Set<String> changed(SiteSnapshot before, SiteSnapshot after) {
        assertEquals(before.pages().keySet(), after.pages().keySet());
        Set<String> out = new TreeSet<>();
        after.pages().forEach((file, html) -> {
            if (!java.util.Arrays.equals(html, before.pages().get(file))) {
                out.add(file);
            }
        });
        return out;
    }

    /** Every page, data file, feed and copied file of {@code actual} is that of {@code expected}. */
    static void assertSameSite(SiteSnapshot expected, SiteSnapshot actual) {
        assertEquals(expected.pages().keySet(), actual.pages().keySet());
        expected.pages().forEach((file, html) -> assertEquals(new String(html, StandardCharsets.UTF_8),
                new String(actual.pages().get(file), StandardCharsets.UTF_8), file));
        assertSameBytes(expected.data(), actual.data());
        assertSameBytes(expected.feeds().get(), actual.feeds().get());
        assertEquals(expected.files(), actual.files());
    }

    private static void assertSameBytes(Map<String, byte[]> expected, Map<String, byte[]> actual) {
        assertEquals(expected.keySet(), actual.keySet());
        expected.forEach((file, bytes) -> assertArrayEquals(bytes, actual.get(file), file));
    }
}
