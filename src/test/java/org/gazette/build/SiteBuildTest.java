package org.gazette.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.gazette.content.ContentException;
import org.gazette.output.HoldOutputLock;
import org.gazette.output.OutputException;
import org.gazette.render.TemplateEngine;
import org.gazette.testing.Builds;
import org.gazette.testing.LinkCheck;
import org.gazette.testing.Newsrooms;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** End to end: the basic fixture newsroom built into a temporary folder with the real theme. */
class SiteBuildTest {
    @TempDir
    Path dir;

    @Test
    void writesEveryPageOfEveryKind() {
        Path site = dir.resolve("site");
        Builds.build(Newsrooms.basic(), site);
        for (String page : List.of(
                "index.html", "404.html",
                "world/2023/06/01/nordic-ministers-meet/index.html",
                "world/2023/10/13/harbour-bridge-opens/index.html",
                "world/2024/05/14/where-the-city-warms-fastest/index.html",
                "politics/2023/01/17/city-budget-agreed/index.html",
                "politics/2024/03/05/elections-explained/index.html",
                "culture/2023/10/20/jazz-festival-review/index.html",
                "world/index.html", "world/page/2/index.html", "politics/index.html", "culture/index.html",
                "tags/index.html", "authors/index.html",
                "authors/anna-berg/index.html", "authors/bo-nielsen/index.html", "authors/clara-moreau/index.html",
                "archive/index.html", "archive/2024/index.html", "archive/2024/03/index.html",
                "archive/2024/05/index.html", "archive/2023/index.html", "archive/2023/page/2/index.html",
                "archive/2023/01/index.html", "archive/2023/06/index.html", "archive/2023/10/index.html",
                "images/logo.png", "images/harbour-bridge.png")) {
            assertTrue(Files.isRegularFile(site.resolve(page)), page);
        }
        // Theme files carry their content hash; pictures are published resized under hashed names.
        try (var css = Files.list(site.resolve("assets/css"))) {
            assertTrue(css.anyMatch(p -> p.getFileName().toString().matches("gazette\\.[0-9a-f]{8}\\.css")));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        try (var images = Files.list(site.resolve("images"))) {
            assertTrue(images.anyMatch(p -> p.getFileName().toString().matches("harbour-bridge-[0-9a-f]{8}-64\\.png")));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        assertFalse(Files.exists(site.resolve("world/page/3")), "no empty third page");
        assertFalse(Files.exists(site.resolve("politics/page/2")), "two articles fit on one page");
    }

    @Test
    void everyInternalLinkAndImageResolvesUnderTheBasePath() {
        Path site = dir.resolve("site");
        Builds.build(Newsrooms.basic(), site);
        assertEquals(List.of(), LinkCheck.broken(site, "/news/"));
    }

    @Test
    void reportsEveryStageWithItsWallAndCpuTime() {
        BuildReport report = Builds.build(Newsrooms.basic(), dir.resolve("site"));
        assertEquals(List.of("load content", "rank", "plan pages", "render pages", "process images", "write feeds",
                "write files"), report.stages().keySet().stream().map(s -> s.replaceAll(" \\(.*", "")).toList());
        StageTime render = report.stages().entrySet().stream().filter(s -> s.getKey().startsWith("render pages"))
                .findFirst().orElseThrow().getValue();
        assertTrue(render.wall().toNanos() > 0 && render.cpu().toNanos() > 0, render.toString());
    }

    @Test
    void leavesDraftsAndScheduledArticlesOut() {
        Path site = dir.resolve("site");
        BuildReport report = Builds.build(Newsrooms.basic(), site);
        assertEquals(6, report.published());
        assertEquals(List.of("Metro drivers vote to strike"), report.drafts().stream().map(a -> a.title()).toList());
        assertEquals(List.of("Summer festival: ten concerts not to miss"),
                report.scheduled().stream().map(a -> a.title()).toList());
        assertFalse(Files.exists(site.resolve("politics/2024/06/20/metro-strike-draft")));
        assertFalse(Files.exists(site.resolve("culture/2024/07/05/summer-festival-preview")));
        String everything = allText(site);
        assertFalse(everything.contains("Metro drivers vote to strike"), "the draft's title appears nowhere");
        assertFalse(everything.contains("ten concerts not to miss"), "the scheduled title appears nowhere");
    }

    @Test
    void twoBuildsWithTheSameClockAreByteIdentical() {
        Builds.build(Newsrooms.basic(), dir.resolve("a"));
        Builds.build(Newsrooms.basic(), dir.resolve("b"));
        Map<String, String> a = tree(dir.resolve("a"));
        assertEquals(a, tree(dir.resolve("b")));
        assertTrue(a.size() > 40, "the tree is the whole site: " + a.size());
    }

    @Test
    void contentErrorsLeaveThePreviousSiteUntouched() {
        Path newsroom = Newsrooms.copyOfBasic(dir.resolve("newsroom"));
        Path site = dir.resolve("site");
        Builds.build(newsroom, site);
        Map<String, String> before = tree(site);
        Newsrooms.write(newsroom, "content/articles/broken.md", "---\ntitle: Broken\n---\nNo date, no section.\n");
        ContentException e = assertThrows(ContentException.class, () -> Builds.build(newsroom, site));
        assertEquals(2, e.errors().size(), e.report());
        assertEquals(before, tree(site));
        assertEquals(List.of(".site.gazette-lock", "site"), siblings(), "the site and its lock file, no staging folder");
    }

    @Test
    void aTemplateErrorNamesTemplateLineAndPageAndLeavesTheSiteUntouched() {
        Path newsroom = Newsrooms.copyOfBasic(dir.resolve("newsroom"));
        Path site = dir.resolve("site");
        Builds.build(newsroom, site);
        Map<String, String> before = tree(site);
        Newsrooms.write(newsroom, "templates/pages/tag.ftlh", "<h1>${tag.name}</h1>\n<p>${tag.nope}</p>\n");
        TemplateEngine.RenderException e = assertThrows(TemplateEngine.RenderException.class,
                () -> Builds.build(newsroom, site));
        // Every tag page fails; the one named is the first in render order (newest article first), in every build.
        assertEquals("templates/pages/tag.ftlh:2:6: The following has evaluated to null or missing: tag.nope\n"
                + "    while rendering /tags/climate/ with pages/tag.ftlh", e.getMessage());
        assertEquals(before, tree(site));
        assertEquals(List.of(".site.gazette-lock", "site"), siblings(), "the site and its lock file, no staging folder");
    }

    @Test
    void aProjectTemplateOverridesTheBuiltInOneFileByFile() {
        Path newsroom = Newsrooms.copyOfBasic(dir.resolve("newsroom"));
        Newsrooms.write(newsroom, "templates/pages/404.ftlh",
                "<#import \"/layouts/base.ftlh\" as layout><@layout.page><h1>Lost at sea</h1></@layout.page>");
        Path site = dir.resolve("site");
        Builds.build(newsroom, site);
        String notFound = Builds.read(site.resolve("404.html"));
        assertTrue(notFound.contains("<h1>Lost at sea</h1>"), "the override is used");
        assertTrue(notFound.contains("Skip to"), "with the built-in layout around it");
    }

    @Test
    void aProjectTemplateMayGiveTheThemesMacrosTheirHeadingLevelAsText() {
        Path newsroom = Newsrooms.copyOfBasic(dir.resolve("newsroom"));
        Newsrooms.write(newsroom, "templates/pages/front.ftlh", "<#import \"/layouts/base.ftlh\" as layout>"
                + "<#import \"/macros/cards.ftlh\" as cards><@layout.page>"
                + "<@cards.lead lead \"2\"/><@cards.cardList latest \"5\"/></@layout.page>");
        Path site = dir.resolve("site");
        Builds.build(newsroom, site);
        String front = Builds.read(site.resolve("index.html"));
        assertTrue(front.contains("<h2 class=\"card__title\">") && front.contains("<h5 class=\"card__title\">")
                && !front.contains("<h\""), front);
    }

    @Test
    void aRebuildWithTheSameFilesAndClockWritesNothing() throws IOException {
        Path newsroom = Newsrooms.copyOfBasic(dir.resolve("newsroom"));
        Path site = dir.resolve("site");
        Builds.build(newsroom, site);
        java.nio.file.attribute.FileTime old = java.nio.file.attribute.FileTime.fromMillis(0);
        try (Stream<Path> files = Files.walk(site)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Files.setLastModifiedTime(f, old);
            }
        }
        Map<String, String> before = tree(site);
        BuildReport again = Builds.build(newsroom, site);
        assertTrue(again.upToDate(), "same files, same clock");
        assertEquals(before, tree(site));
        assertEquals(old, Files.getLastModifiedTime(site.resolve("index.html")), "not rewritten");

        Newsrooms.write(newsroom, "content/articles/2023/06/nordic-ministers-meet.md",
                Builds.read(newsroom.resolve("content/articles/2023/06/nordic-ministers-meet.md")).replace("Arctic", "polar"));
        assertFalse(Builds.build(newsroom, site).upToDate(), "an edited article is built");
        String page = tree(site).keySet().stream().filter(p -> p.contains("nordic-ministers-meet") && p.endsWith("index.html"))
                .findFirst().orElseThrow();
        assertTrue(Builds.read(site.resolve(page)).contains("polar"), "with the edit");
        // The rebuild took the unedited articles from the cache by the check's hashes, unread: what it
        // recorded is still the fingerprint of the files as they are.
        assertTrue(Builds.build(newsroom, site).upToDate(), "the files as the edit left them are recorded");
        assertFalse(new SiteBuild().run(new BuildOptions(newsroom, site, Newsrooms.NOW.plusSeconds(60))).upToDate(),
                "another clock is built");
    }

    @Test
    void anOutputFolderInsideTheNewsroomIsUpToDateOnTheSecondBuild() {
        // Its lock file, beside it and rewritten by every build, is not one of the build's inputs.
        Path newsroom = Newsrooms.copyOfBasic(dir.resolve("newsroom"));
        Path site = newsroom.resolve("public/site");
        assertFalse(Builds.build(newsroom, site).upToDate());
        assertTrue(Files.exists(newsroom.resolve("public/.site.gazette-lock")));
        assertTrue(Builds.build(newsroom, site).upToDate(), "the same files and clock");
    }

    @Test
    void cleansUpStagingFoldersLeftByAKilledBuild() throws Exception {
        // Named after any process, even a live Java one (this very JVM): with the output's lock taken,
        // no build is writing them.
        leftover(".site.gazette-staging-4242");
        leftover(".site.gazette-old-" + ProcessHandle.current().pid());
        Builds.build(Newsrooms.basic(), dir.resolve("site"));
        assertEquals(List.of(".site.gazette-lock", "site"), siblings());
    }

    @Test
    void theReplacedSiteIsLeftBesideTheOutputAndDeletedByTheNextBuild() throws Exception {
        Path newsroom = Newsrooms.copyOfBasic(dir.resolve("newsroom"));
        Path site = dir.resolve("site");
        Builds.build(newsroom, site);
        Map<String, String> first = tree(site);
        // Another clock: the same one would find the site up to date and write nothing.
        new SiteBuild().run(new BuildOptions(newsroom, site, Newsrooms.NOW.plusSeconds(60)));
        String replaced = ".site.gazette-old-" + ProcessHandle.current().pid();
        assertEquals(List.of(".site.gazette-lock", replaced, "site"), siblings(), "the replaced site is left for the next build");
        assertEquals(first, tree(dir.resolve(replaced)), "as it was published, Gazette's marker in it");
        // Another folder of that form that Gazette did not make (no marker) is never touched.
        Path someones = Files.createDirectories(dir.resolve(".site.gazette-old-1"));
        Files.writeString(someones.resolve("notes.txt"), "mine");
        // A replaced site left half deleted (its marker goes last) is deleted all the same.
        Path half = leftover(".site.gazette-old-4242");
        Files.delete(half.resolve("index.html"));

        new SiteBuild().run(new BuildOptions(newsroom, site, Newsrooms.NOW.plusSeconds(120)));
        assertEquals(List.of(".site.gazette-lock", ".site.gazette-old-1", replaced, "site"), siblings(),
                "the next build deleted the sites replaced before it and left the one it replaced");
        assertEquals("mine", Files.readString(someones.resolve("notes.txt")));
        assertTrue(tree(site).keySet().containsAll(first.keySet()), "the published site is whole");
    }

    @Test
    void theNextBuildTakesUpTheReplacedSiteAsItsStagingFolder() throws Exception {
        Path newsroom = Newsrooms.copyOfBasic(dir.resolve("newsroom"));
        Path site = dir.resolve("site");
        Builds.build(newsroom, site);
        new SiteBuild().run(new BuildOptions(newsroom, site, Newsrooms.NOW.plusSeconds(60))); // records its pages
        String replaced = ".site.gazette-old-" + ProcessHandle.current().pid();
        Path old = dir.resolve(replaced);
        // What the replaced site may hold that the next site must not: a page since removed, a file where
        // a folder goes, a folder where a file goes, an older version of a page, a stray beside the marker.
        Files.writeString(Files.createDirectories(old.resolve("world/gone")).resolve("index.html"), "removed page");
        Files.delete(old.resolve("robots.txt"));
        Files.createDirectories(old.resolve("robots.txt/inside"));
        Files.writeString(old.resolve("tags/harbour/index.html.tmp"), "left over");
        Files.delete(old.resolve("index.html"));
        Files.writeString(old.resolve("index.html"), "an older front page");
        Path archive = old.resolve("archive");
        deleteTree(archive);
        Files.writeString(archive, "a file where a folder goes");
        Object keptFile = Files.readAttributes(site.resolve("authors/index.html"),
                java.nio.file.attribute.BasicFileAttributes.class).fileKey();
        // A link made or removed changes a file's ctime: a kept page taken up in place keeps it.
        boolean unix = site.getFileSystem().supportedFileAttributeViews().contains("unix");
        Object keptCtime = unix ? Files.getAttribute(site.resolve("authors/index.html"), "unix:ctime") : null;
        Thread.sleep(20); // past the file system clock's tick
        Newsrooms.write(newsroom, "content/articles/2023/06/nordic-ministers-meet.md",
                Builds.read(newsroom.resolve("content/articles/2023/06/nordic-ministers-meet.md")) + "\nOne more sentence.\n");

        new SiteBuild().run(new BuildOptions(newsroom, site, Newsrooms.NOW.plusSeconds(120)));

        Path reference = dir.resolve("reference");
        new SiteBuild().run(new BuildOptions(newsroom, reference, Newsrooms.NOW.plusSeconds(120)));
        Map<String, String> expected = tree(reference);
        Map<String, String> actual = tree(site);
        expected.remove(".gazette-pages"); // a build into an empty folder records no pages
        actual.remove(".gazette-pages");
        assertEquals(expected, actual, "the site is what a build into an empty folder makes");
        assertEquals(keptFile, Files.readAttributes(site.resolve("authors/index.html"),
                java.nio.file.attribute.BasicFileAttributes.class).fileKey(), "a kept page is the very file it was");
        if (unix) {
            assertEquals(keptCtime, Files.getAttribute(site.resolve("authors/index.html"), "unix:ctime"),
                    "and was neither linked again nor unlinked");
        }
        assertEquals(List.of(".reference.gazette-lock", ".site.gazette-lock", replaced, "reference", "site"), siblings(),
                "the site replaced this time is left for the next build, and nothing else");
    }

    @Test
    void aFailedBuildLeavesTheReplacedSiteForTheNextBuildToTakeUp() throws Exception {
        Path newsroom = Newsrooms.copyOfBasic(dir.resolve("newsroom"));
        Path site = dir.resolve("site");
        Builds.build(newsroom, site);
        new SiteBuild().run(new BuildOptions(newsroom, site, Newsrooms.NOW.plusSeconds(60)));
        Map<String, String> published = tree(site);
        String replaced = ".site.gazette-old-" + ProcessHandle.current().pid();
        Newsrooms.write(newsroom, "templates/pages/tag.ftlh", "<h1>${tag.name}</h1>\n<p>${tag.nope}</p>\n");

        assertThrows(TemplateEngine.RenderException.class,
                () -> new SiteBuild().run(new BuildOptions(newsroom, site, Newsrooms.NOW.plusSeconds(120))));

        assertEquals(published, tree(site), "the published site untouched");
        assertEquals(List.of(".site.gazette-lock", replaced, "site"), siblings(), "the staging folder left as a replaced site");
        Files.delete(newsroom.resolve("templates/pages/tag.ftlh"));
        new SiteBuild().run(new BuildOptions(newsroom, site, Newsrooms.NOW.plusSeconds(180)));
        assertEquals(List.of(".site.gazette-lock", replaced, "site"), siblings());
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    @Test
    @org.junit.jupiter.api.Timeout(120)
    void refusesToWriteAFolderAnotherBuildIsWriting() throws Exception {
        Path site = dir.resolve("site");
        Builds.build(Newsrooms.basic(), site);
        Map<String, String> before = tree(site);
        Path staging = leftover(".site.gazette-staging-4242");
        // Another JVM holds the output's lock, as a running build does, with Gazette's own lock code.
        // Its standard error goes to the test's: a JVM's own notices (JAVA_TOOL_OPTIONS) are not its answer.
        Process running = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), HoldOutputLock.class.getName(),
                site.toString()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        try {
            java.io.BufferedReader said = new java.io.BufferedReader(new java.io.InputStreamReader(running.getInputStream(),
                    java.nio.charset.StandardCharsets.UTF_8));
            String line;
            do {
                line = said.readLine();
            } while (line != null && !line.equals("held"));
            assertEquals("held", line, "the other JVM took the lock");
            // Another clock: the same one would find the site up to date and write nothing.
            BuildOptions later = new BuildOptions(Newsrooms.basic(), site, Newsrooms.NOW.plusSeconds(60));
            OutputException e = assertThrows(OutputException.class, () -> new SiteBuild().run(later));
            assertEquals("another Gazette build or rank (process " + running.pid() + ") is writing " + site
                    + " right now: wait for it to end, or stop it", e.getMessage());
            // gazette rank, which updates the published site in place, waits its turn the same way.
            OutputException rank = assertThrows(OutputException.class,
                    () -> new RankUpdate().run(new BuildOptions(Newsrooms.basic(), site, Newsrooms.NOW)));
            assertEquals(e.getMessage(), rank.getMessage());
            assertEquals(before, tree(site), "the published site is untouched");
            assertTrue(Files.exists(staging.resolve("index.html")), "what the other build staged is left alone");

            running.getOutputStream().close();
            assertTrue(running.waitFor(60, java.util.concurrent.TimeUnit.SECONDS) && running.exitValue() == 0,
                    "the other JVM released the lock and ended");
            assertFalse(new SiteBuild().run(later).upToDate(), "once it has ended, the build runs");
            assertFalse(Files.exists(staging), "and removes what a build that is gone left");
        } finally {
            running.destroyForcibly().waitFor();
        }
    }

    private Path leftover(String name) throws IOException {
        Path folder = Files.createDirectories(dir.resolve(name));
        Files.writeString(folder.resolve(".gazette-output"), "");
        Files.writeString(folder.resolve("index.html"), "half a site");
        return folder;
    }

    private List<String> siblings() {
        try (Stream<Path> list = Files.list(dir)) {
            return list.map(p -> p.getFileName().toString()).filter(n -> !n.equals("newsroom")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every file of a tree with its content, for whole-tree comparisons. */
    static Map<String, String> tree(Path root) {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(p).toString(), java.util.HexFormat.of().formatHex(
                        java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        return files;
    }

    private static String allText(Path root) {
        StringBuilder all = new StringBuilder();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(f -> f.toString().endsWith(".html")).toList()) {
                all.append(Files.readString(p));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return all.toString();
    }
}
