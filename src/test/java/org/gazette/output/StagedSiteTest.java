package org.gazette.output;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files written into a staged site arrive whole, in the folders their paths name, from any thread. */
class StagedSiteTest {
    @TempDir
    Path dir;

    @Test
    @org.junit.jupiter.api.Timeout(120)
    void oneSiteAtATimeIsStagedForAnOutputFolder() {
        Path out = dir.resolve("site");
        try (StagedSite first = StagedSite.open(out, dir.resolve("newsroom"))) {
            OutputException e = assertThrows(OutputException.class, () -> StagedSite.open(out, dir.resolve("newsroom")));
            assertEquals("another Gazette build or rank (in this process) is writing " + out.toAbsolutePath().normalize()
                    + " right now: wait for it to end, or stop it", e.getMessage());
            first.write("index.html", "first", "test");
        }
        // Closed without committing: the lock is released all the same.
        try (StagedSite second = StagedSite.open(out, dir.resolve("newsroom"))) {
            second.write("index.html", "second", "test");
            second.commit();
        }
        try (StagedSite third = StagedSite.open(out, dir.resolve("newsroom"))) {
            third.commit();
        }
        // Closing a site twice releases its lock once: a later holder keeps it.
        StagedSite early = StagedSite.open(out, dir.resolve("newsroom"));
        early.close();
        try (StagedSite holder = StagedSite.open(out, dir.resolve("newsroom"))) {
            early.close();
            assertThrows(OutputException.class, () -> StagedSite.open(out, dir.resolve("newsroom")), "still held");
            // The same output reached through a linked parent folder is the same lock.
            try {
                Path link = Files.createSymbolicLink(dir.resolve("link"), dir);
                OutputException e = assertThrows(OutputException.class, () -> StagedSite.open(link.resolve("site"), link.resolve("newsroom")));
                assertTrue(e.getMessage().contains("(in this process)"), e.getMessage());
                // After all that, the operating system's lock is still this JVM's: another JVM cannot take it.
                Process other = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp", System.getProperty("java.class.path"), HoldOutputLock.class.getName(),
                        out.toAbsolutePath().normalize().toString()).redirectErrorStream(true).start();
                other.getOutputStream().close(); // had it taken the lock, it would let it go and end at once
                String said = new String(other.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                assertTrue(other.waitFor(60, java.util.concurrent.TimeUnit.SECONDS));
                assertTrue(other.exitValue() != 0 && said.contains("another Gazette build or rank (process "
                        + ProcessHandle.current().pid() + ")"), said);
            } catch (java.io.IOException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }
        // A folder holding only the lock file left by an output that was inside it counts as empty.
        Path parentOut = dir.resolve("dist");
        try (StagedSite inner = StagedSite.open(parentOut.resolve("site"), dir.resolve("newsroom"))) {
            inner.commit();
        }
        try {
            org.gazette.output.StagedSite.deleteTree(parentOut.resolve("site"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        try (StagedSite outer = StagedSite.open(parentOut, dir.resolve("newsroom"))) {
            outer.commit();
        }
        // A lock file that cannot be opened fails that build, not the next ones in this JVM.
        Path lockFile = dir.resolve(".site.gazette-lock");
        try {
            Files.delete(lockFile);
            Files.createDirectory(lockFile);
            OutputException e = assertThrows(OutputException.class, () -> StagedSite.open(out, dir.resolve("newsroom")));
            assertTrue(e.getMessage().startsWith("cannot prepare " + out.toAbsolutePath().normalize() + ": "), e.getMessage());
            Files.delete(lockFile);
            try (StagedSite fourth = StagedSite.open(out, dir.resolve("newsroom"))) {
                fourth.commit();
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void aDeletionStoppedMidwayKeepsTheMarkerSoALaterOneFinishesIt() throws IOException {
        Path old = dir.resolve("old");
        for (int i = 0; i < 20; i++) {
            Path folder = Files.createDirectories(old.resolve("section-" + i % 4).resolve("article-" + i));
            Files.writeString(folder.resolve("index.html"), "<p>" + i + "</p>");
        }
        Files.writeString(old.resolve(OutputFolder.MARKER), "");
        java.util.concurrent.atomic.AtomicInteger asked = new java.util.concurrent.atomic.AtomicInteger();
        // Stopped after a few entries: an error, what is left still Gazette's to recognise.
        assertThrows(IOException.class, () -> StagedSite.deleteTree(old, 1, () -> asked.incrementAndGet() > 5));
        assertTrue(Files.exists(old.resolve(OutputFolder.MARKER)), "the marker goes last, so it is still there");
        assertTrue(Files.exists(old.resolve("section-3")), "and so is most of the tree");
        StagedSite.deleteTree(old, 1, () -> false);
        assertTrue(Files.notExists(old), "a later deletion finishes it");
    }

    @Test
    void replacedSitesAreFoundByTheirNameAndMarkerAndDeletedOnAThreadOfTheirOwn() throws IOException {
        Path site = Files.createDirectories(dir.resolve("site"));
        for (String pid : List.of("77", "80")) {
            Path replaced = Files.createDirectories(dir.resolve(".site.gazette-old-" + pid + "/world"));
            Files.writeString(replaced.resolve("index.html"), "old");
            Files.writeString(dir.resolve(".site.gazette-old-" + pid).resolve(OutputFolder.MARKER), "");
        }
        Path unmarked = Files.createDirectories(dir.resolve(".site.gazette-old-78"));
        Files.writeString(unmarked.resolve("notes.txt"), "someone's");
        Path otherSite = Files.createDirectories(dir.resolve(".other.gazette-old-79"));
        Files.writeString(otherSite.resolve(OutputFolder.MARKER), "");
        // The first in name order is the one the next build takes up as its staging folder.
        assertEquals(dir.resolve(".site.gazette-old-77"), StagedSite.recyclable(site));
        assertEquals(List.of(dir.resolve(".site.gazette-old-80")), ReplacedSites.find(site));
        ReplacedSites.deleteInBackground(site).await();
        assertTrue(Files.notExists(dir.resolve(".site.gazette-old-80")));
        assertTrue(Files.exists(dir.resolve(".site.gazette-old-77/world/index.html")), "left for the build to take up");
        assertEquals("someone's", Files.readString(unmarked.resolve("notes.txt")), "no marker: not Gazette's");
        assertTrue(Files.exists(otherSite.resolve(OutputFolder.MARKER)), "another output's replaced site is its own build's");
    }

    @Test
    void deletingATreeRemovesEverythingInItAndNothingALinkLeadsTo() throws IOException {
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
        Path kept = Files.writeString(elsewhere.resolve("kept.txt"), "not the site's");
        Path old = dir.resolve("old");
        for (int i = 0; i < 40; i++) {
            Path folder = Files.createDirectories(old.resolve("section-" + i % 4).resolve("2024/05/article-" + i));
            Files.writeString(folder.resolve("index.html"), "<p>" + i + "</p>");
        }
        Files.writeString(old.resolve("index.html"), "front page");
        Files.createDirectories(old.resolve("empty/folder"));
        try {
            Files.createSymbolicLink(old.resolve("section-0/linked"), elsewhere);
            Files.createSymbolicLink(dir.resolve("site-link"), elsewhere);
        } catch (UnsupportedOperationException | IOException e) {
            org.junit.jupiter.api.Assumptions.abort("no symbolic links here: " + e.getMessage());
        }
        Files.writeString(old.resolve(OutputFolder.MARKER), "");
        StagedSite.deleteTree(old);
        assertTrue(Files.notExists(old), "the tree is gone");
        StagedSite.deleteTree(dir.resolve("site-link"));
        assertTrue(Files.notExists(dir.resolve("site-link"), java.nio.file.LinkOption.NOFOLLOW_LINKS), "the link is gone");
        assertEquals("not the site's", Files.readString(kept), "what the links lead to is untouched");
        StagedSite.deleteTree(dir.resolve("never-made")); // nothing there: nothing to do
    }

    @Test
    void writesEveryFileOfADeepTreeFromEveryThread() throws IOException {
        Random random = new Random(7);
        Map<String, byte[]> expected = new TreeMap<>();
        // Folders that hold only files, folders that hold folders, and folders that become both in
        // either order, as tag pages (/tags/x/) and their later pages (/tags/x/page/2/) do.
        for (int i = 0; i < 3_000; i++) {
            StringBuilder path = new StringBuilder();
            int depth = 1 + random.nextInt(5);
            for (int d = 0; d < depth; d++) {
                path.append((char) ('a' + random.nextInt(3))).append(random.nextInt(4)).append('/');
            }
            path.append(random.nextBoolean() ? "index.html" : "feed.xml");
            byte[] bytes = new byte[random.nextInt(40_000)];
            random.nextBytes(bytes);
            expected.put(path.toString(), bytes);
        }
        byte[] large = new byte[(5 << 20) / 2 + 17]; // more than two of the writer's pieces
        random.nextBytes(large);
        expected.put("sitemap-1.xml", large);
        expected.put("b1/empty.txt", new byte[0]);

        Path out = dir.resolve("site");
        List<String> paths = new ArrayList<>(expected.keySet());
        java.util.Collections.shuffle(paths, random);
        try (StagedSite site = StagedSite.open(out, dir.resolve("project"))) {
            ParallelWrites.forEach(paths.size(), i -> site.write(paths.get(i), expected.get(paths.get(i)), "test " + i));
            site.commit();
        }
        Map<String, byte[]> found = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(out)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                found.put(out.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
            }
        }
        found.remove(OutputFolder.MARKER);
        assertEquals(expected.keySet(), found.keySet());
        expected.forEach((path, bytes) -> assertArrayEquals(bytes, found.get(path), path));
    }

    @Test
    void writesThePartOfABufferItIsGivenAndKeepsItWhenThePublishedFileHoldsThatPart() throws IOException {
        Path out = dir.resolve("site");
        try (StagedSite site = StagedSite.open(out, dir.resolve("project"))) {
            site.write("a/index.html", "<p>one</p> and the rest of a buffer".getBytes(StandardCharsets.UTF_8), 10, "first");
            site.write("b/index.html", "<p>two</p>".getBytes(StandardCharsets.UTF_8), 10, "first");
            site.commit();
        }
        assertEquals("<p>one</p>", Files.readString(out.resolve("a/index.html")));
        try (StagedSite site = StagedSite.open(out, dir.resolve("project"))) {
            site.write("a/index.html", "<p>one</p> but another buffer after it".getBytes(StandardCharsets.UTF_8), 10, "second");
            site.write("b/index.html", "<p>two</p>".getBytes(StandardCharsets.UTF_8), 9, "second");
            assertEquals(1, site.unchangedCount(), "the same ten bytes, whatever follows them in the buffer");
            site.commit();
        }
        assertEquals("<p>one</p>", Files.readString(out.resolve("a/index.html")));
        assertEquals("<p>two</p", Files.readString(out.resolve("b/index.html")));
    }

    @Test
    void aFileWhereAFolderMustGoIsAnError() throws IOException {
        aFileWhereAFolderMustGoIsAnErrorIn(dir.resolve("site"));
    }

    @Test
    void aFileWhereAFolderMustGoIsAnErrorInATakenUpStagingFolderToo() throws IOException {
        Path out = dir.resolve("site");
        for (int build = 0; build < 2; build++) { // the second leaves the first's site beside the output
            try (StagedSite site = StagedSite.open(out, dir.resolve("project"))) {
                site.write("world/index.html", "build " + build, "page");
                site.commit();
            }
        }
        assertTrue(StagedSite.recyclable(out) != null, "a replaced site the next build takes up");
        aFileWhereAFolderMustGoIsAnErrorIn(out);
    }

    private void aFileWhereAFolderMustGoIsAnErrorIn(Path out) {
        try (StagedSite site = StagedSite.open(out, dir.resolve("project"))) {
            site.write("world/page", "a file", "first");
            OutputException e = assertThrows(OutputException.class,
                    () -> site.write("world/page/2/index.html", "a page", "second"));
            assertTrue(e.getMessage().contains("world/page/2/index.html"), e.getMessage());
            site.write("world/index.html", "the folder is still usable".getBytes(StandardCharsets.UTF_8), "third");
        }
    }
}
