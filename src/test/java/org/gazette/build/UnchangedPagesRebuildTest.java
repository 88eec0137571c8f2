package org.gazette.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.gazette.render.TemplateEngine;
import org.gazette.testing.Builds;
import org.gazette.testing.Newsrooms;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** End to end: a rebuild after one edit leaves every page it would write byte for byte as the very same file. */
class UnchangedPagesRebuildTest {
    private static final String EDITED_MD = "content/articles/2023/06/nordic-ministers-meet.md";
    private static final String EDITED = "world/2023/06/01/nordic-ministers-meet/index.html";
    private static final String UNRELATED = "culture/2023/10/20/jazz-festival-review/index.html";
    private static final FileTime LONG_AGO = FileTime.fromMillis(978_307_200_000L);

    @TempDir
    Path dir;

    @Test
    void anEditRewritesItsPageAndKeepsUnrelatedOnes() throws IOException {
        Path newsroom = Newsrooms.copyOfBasic(dir.resolve("newsroom"));
        Path site = dir.resolve("site");
        build(newsroom, site);
        age(site);
        Map<String, Object> before = identities(site);

        Newsrooms.write(newsroom, EDITED_MD, Builds.read(newsroom.resolve(EDITED_MD)) + "\nOne more sentence.\n");
        BuildReport report = build(newsroom, site);

        Map<String, Object> after = identities(site);
        for (String kept : new String[] {UNRELATED, UNRELATED + ".gz", "images/logo.png"}) {
            assertEquals(before.get(kept), after.get(kept), kept + " is the same file with the same time");
        }
        assertTrue(Builds.read(site.resolve(EDITED)).contains("One more sentence."));
        assertNotEquals(before.get(EDITED), after.get(EDITED));
        assertNotEquals(LONG_AGO, Files.getLastModifiedTime(site.resolve(EDITED)));
        String stage = report.stages().keySet().stream().filter(s -> s.startsWith("write files")).findFirst().orElseThrow();
        assertTrue(stage.matches("write files \\([1-9][0-9]* written, [1-9][0-9]* unchanged\\)"), stage);
        assertEquals(contents(built(newsroom, dir.resolve("fresh"))), contents(site), "the same bytes as a build from scratch");
    }

    @Test
    void aFailedRebuildLeavesTheSameFilesInPlace() throws IOException {
        Path newsroom = Newsrooms.copyOfBasic(dir.resolve("newsroom"));
        Path site = dir.resolve("site");
        build(newsroom, site);
        age(site);
        Map<String, Object> before = identities(site);
        Map<String, String> bytes = contents(site);

        // Pages render (and link to the published files) before the tag template fails.
        Newsrooms.write(newsroom, "templates/pages/tag.ftlh", "<p>${tag.nope}</p>\n");
        assertThrows(TemplateEngine.RenderException.class, () -> build(newsroom, site));

        assertEquals(before, identities(site), "the same files with the same times");
        assertEquals(bytes, contents(site));
    }

    private static BuildReport build(Path newsroom, Path site) {
        return new SiteBuild().run(new BuildOptions(newsroom, site, Newsrooms.NOW).withPrecompress(true));
    }

    private static Path built(Path newsroom, Path site) {
        build(newsroom, site);
        return site;
    }

    /** Sets every file's time to {@link #LONG_AGO}: a kept file keeps it whatever the clock's resolution. */
    private static void age(Path site) throws IOException {
        try (Stream<Path> files = Files.walk(site)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.setLastModifiedTime(file, LONG_AGO);
            }
        }
    }

    /** Each file's identity (device and inode on Unix) and modification time. */
    private static Map<String, Object> identities(Path site) throws IOException {
        Map<String, Object> identities = new TreeMap<>();
        try (Stream<Path> files = Files.walk(site)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                identities.put(site.relativize(file).toString().replace('\\', '/'),
                        fileKey(file) + " " + Files.getLastModifiedTime(file));
            }
        }
        return identities;
    }

    private static Map<String, String> contents(Path site) throws IOException {
        Map<String, String> contents = new TreeMap<>();
        try (Stream<Path> files = Files.walk(site)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                contents.put(site.relativize(file).toString(), Files.readString(file, StandardCharsets.ISO_8859_1));
            }
        }
        return contents;
    }

    private static Object fileKey(Path file) throws IOException {
        return Files.readAttributes(file, BasicFileAttributes.class).fileKey();
    }
}
