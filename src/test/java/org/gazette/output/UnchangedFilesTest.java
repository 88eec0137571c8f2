package org.gazette.output;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A staged file with the published file's bytes is that file, linked: same inode, same time, nothing written. */
class UnchangedFilesTest {
    /** A time no build writes at, so a kept file is told from a rewritten one whatever the clock's resolution. */
    private static final FileTime LONG_AGO = FileTime.fromMillis(978_307_200_000L);

    @TempDir
    Path dir;
    Path out;
    Path picture;

    @BeforeEach
    void publishFirstSite() throws IOException {
        out = dir.resolve("site");
        picture = Files.write(dir.resolve("photo.png"), new byte[] {1, 2, 3, 4});
        try (StagedSite site = StagedSite.open(out, dir.resolve("project"))) {
            site.write("same.html", "unchanged", "a");
            site.write("changed.html", "old", "b");
            site.copy("images/photo.png", picture, "photo");
            site.commit();
        }
        try (Stream<Path> files = Files.walk(out)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.setLastModifiedTime(file, LONG_AGO);
            }
        }
    }

    @Test
    void keepsUnchangedFilesAndWritesChangedOnes() throws IOException {
        Map<String, Object> before = inodes();
        StagedSite site = StagedSite.open(out, dir.resolve("project"));
        site.write("same.html", "unchanged", "a");
        site.write("changed.html", "new", "b"); // the same size: compared by content
        site.copy("images/photo.png", picture, "photo");
        site.write("added.html", "added", "c");
        site.commit();

        assertEquals(2, site.unchangedCount());
        for (String kept : List.of("same.html", "images/photo.png", OutputFolder.MARKER)) {
            assertEquals(before.get(kept), inode(out.resolve(kept)), kept);
            assertEquals(LONG_AGO, Files.getLastModifiedTime(out.resolve(kept)), kept);
        }
        assertEquals("new", Files.readString(out.resolve("changed.html")));
        assertNotEquals(before.get("changed.html"), inode(out.resolve("changed.html")));
        assertNotEquals(LONG_AGO, Files.getLastModifiedTime(out.resolve("changed.html")));
        assertEquals("added", Files.readString(out.resolve("added.html")));
        String replaced = ".site.gazette-old-" + ProcessHandle.current().pid();
        assertEquals(List.of(".site.gazette-lock", replaced, "site"), siblings(),
                "no staging folder left, the lock file kept, the replaced site left for the next build");
        assertEquals("old", Files.readString(dir.resolve(replaced).resolve("changed.html")), "the site as it was published");
        ReplacedSites.deleteInBackground(out).await();
        assertEquals(List.of(".site.gazette-lock", replaced, "site"), siblings(),
                "the only replaced site is not deleted: the next build takes it up as its staging folder");
        site.close();
        try (StagedSite next = StagedSite.open(out, dir.resolve("project"))) {
            next.write("same.html", "unchanged", "a");
            next.write("changed.html", "newer", "b");
            next.commit();
        }
        assertEquals(List.of(".site.gazette-lock", replaced, "site"), siblings(), "taken up, and this one left in turn");
        assertEquals("newer", Files.readString(out.resolve("changed.html")));
        assertEquals(before.get("same.html"), inode(out.resolve("same.html")), "still the very first file");
        assertFalse(Files.exists(out.resolve("added.html")), "what the next build did not write is gone");
        assertFalse(Files.exists(out.resolve("images")));
    }

    @Test
    void aFailedBuildLeavesThePublishedSiteAsItWas() throws IOException {
        Map<String, Object> inodes = inodes();
        Map<String, String> contents = contents();
        try (StagedSite site = StagedSite.open(out, dir.resolve("project"))) {
            site.write("same.html", "unchanged", "a"); // linked to the published file
            site.write("changed.html", "new", "b");
            site.write("added.html", "added", "c");
        } // closed without commit: the build failed
        assertEquals(inodes, inodes());
        assertEquals(contents, contents());
        assertEquals(LONG_AGO, Files.getLastModifiedTime(out.resolve("same.html")));
        assertEquals(List.of(".site.gazette-lock", "site"), siblings());
    }

    @Test
    void writingAStagedFileAgainNeverWritesIntoThePublishedOne() throws IOException {
        try (StagedSite site = StagedSite.open(out, dir.resolve("project"))) {
            site.write("same.html", "unchanged", "a");
            site.write("same.html", "rewritten", "a"); // the same source again: allowed, the last write wins
            assertEquals("unchanged", Files.readString(out.resolve("same.html")));
            site.commit();
        }
        assertEquals("rewritten", Files.readString(out.resolve("same.html")));
    }

    @Test
    void collisionsAreStillReported() {
        try (StagedSite site = StagedSite.open(out, dir.resolve("project"))) {
            site.write("same.html", "unchanged", "a");
            OutputException e = assertThrows(OutputException.class, () -> site.write("same.html", "unchanged", "z"));
            assertEquals("two sources want the same output file /same.html: a and z", e.getMessage().lines().findFirst().orElseThrow());
        }
    }

    @Test
    void writesFilesAnewWhereHardLinksFail() throws IOException {
        Map<String, Object> before = inodes();
        AtomicInteger attempts = new AtomicInteger();
        try (StagedSite site = StagedSite.open(out, dir.resolve("project"), (link, existing) -> {
            attempts.incrementAndGet();
            throw new FileSystemException(link.toString(), existing.toString(), "Invalid cross-device link");
        })) {
            site.write("same.html", "unchanged", "a");
            site.copy("images/photo.png", picture, "photo");
            site.commit();
            assertEquals(0, site.unchangedCount());
        }
        assertEquals(1, attempts.get(), "one failed link: no more attempts in that build");
        assertEquals("unchanged", Files.readString(out.resolve("same.html")));
        assertArrayEquals(new byte[] {1, 2, 3, 4}, Files.readAllBytes(out.resolve("images/photo.png")));
        assertNotEquals(before.get("same.html"), inode(out.resolve("same.html")));
    }

    @Test
    void aPublishedPathThatIsNoLongerAFileIsWrittenAnew() throws IOException {
        try (StagedSite site = StagedSite.open(out, dir.resolve("project"))) {
            site.write("same.html/index.html", "unchanged", "a"); // a folder where the file was
            site.commit();
        }
        try (StagedSite site = StagedSite.open(out, dir.resolve("project"))) {
            site.write("same.html", "unchanged", "a");
            site.commit();
            assertEquals(0, site.unchangedCount());
        }
        assertEquals("unchanged", Files.readString(out.resolve("same.html")));
    }

    @Test
    void theGzipOfAnUnchangedFileIsKeptOnlyWhenItsBytesAreEqual() throws IOException {
        try (StagedSite site = StagedSite.open(out, dir.resolve("project"))) {
            site.write("same.html", "unchanged", "a");
            site.write("other.html", "unchanged too", "b");
            Precompression.addTo(site);
            site.commit();
        }
        Files.setLastModifiedTime(out.resolve("same.html.gz"), LONG_AGO);
        // As if made by another Java or zlib: the same text, other bytes.
        Files.delete(out.resolve("other.html.gz"));
        Files.write(out.resolve("other.html.gz"), Precompression.gzip("unchanged too ".getBytes(StandardCharsets.UTF_8)));
        Object gz = inode(out.resolve("same.html.gz"));
        try (StagedSite site = StagedSite.open(out, dir.resolve("project"))) {
            site.write("same.html", "unchanged", "a");
            site.write("other.html", "unchanged too", "b");
            Precompression.addTo(site);
            site.commit();
        }
        assertEquals(gz, inode(out.resolve("same.html.gz")));
        assertEquals(LONG_AGO, Files.getLastModifiedTime(out.resolve("same.html.gz")));
        assertArrayEquals(Precompression.gzip("unchanged too".getBytes(StandardCharsets.UTF_8)),
                Files.readAllBytes(out.resolve("other.html.gz")));
    }

    private Map<String, Object> inodes() throws IOException {
        Map<String, Object> inodes = new TreeMap<>();
        try (Stream<Path> files = Files.walk(out)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                inodes.put(out.relativize(file).toString().replace('\\', '/'), inode(file));
            }
        }
        return inodes;
    }

    private Map<String, String> contents() throws IOException {
        Map<String, String> contents = new TreeMap<>();
        try (Stream<Path> files = Files.walk(out)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                contents.put(out.relativize(file).toString(), Files.readString(file, StandardCharsets.ISO_8859_1));
            }
        }
        return contents;
    }

    private List<String> siblings() throws IOException {
        try (Stream<Path> list = Files.list(dir)) {
            return list.map(p -> p.getFileName().toString()).filter(n -> n.contains("site")).sorted().toList();
        }
    }

    /** The file's identity (device and inode on Unix). */
    private static Object inode(Path file) throws IOException {
        Object key = Files.readAttributes(file, BasicFileAttributes.class).fileKey();
        assertNotNull(key, "this file system reports no file identity");
        return key;
    }
}
