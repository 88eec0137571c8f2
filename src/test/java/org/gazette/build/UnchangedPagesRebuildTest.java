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
import org.junit.jupiter.api.BeforeEach;
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
    Path newsroom;
    Path site;

    /** The basic newsroom published into {@code site}, every file's time set long ago. */
    @BeforeEach
    void publish() throws IOException {
        newsroom = Newsrooms.copyOfBasic(dir.resolve("newsroom"));
        site = dir.resolve("site");
        build(newsroom, site);
        age(site);
    }

    @Test
    void anEditRewritesItsPageAndKeepsUnrelatedOnes() throws IOException {
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
        assertTrue(stage.matches("write files \\([1-9][0-9]* written, [1-9][0-9]* unchanged; [1-9][0-9]* compressed, [1-9][0-9]* \\.gz unchanged\\)"),
                stage);
        Path fresh = dir.resolve("fresh");
        build(newsroom, fresh);
        Map<String, String> rebuilt = contents(site);
        // Only a build over a published site records its pages (KeptPagesTest compares the records).
        assertTrue(rebuilt.remove(PageRecords.PATH) != null);
        assertEquals(contents(fresh), rebuilt, "the same bytes as a build from scratch");
    }

    @Test
    void aFailedRebuildLeavesTheSameFilesInPlace() throws IOException {
        Map<String, Object> before = identities(site);
        Map<String, String> bytes = contents(site);

        // Pages render newest first: the oldest article's page comes last, so nearly every page has been
        // staged, most as links to the published files, when its template fails there.
        String article = Files.readString(Path.of("templates/pages/article.ftlh"));
        Newsrooms.write(newsroom, "templates/pages/article.ftlh",
                article + "<#if article.url?ends_with(\"/city-budget-agreed/\")>${page.nope}</#if>\n");
        TemplateEngine.RenderException e = assertThrows(TemplateEngine.RenderException.class, () -> build(newsroom, site));
        assertTrue(e.getMessage().contains("while rendering /politics/2023/01/17/city-budget-agreed/"), e.getMessage());

        assertEquals(before, identities(site), "the same files with the same times");
        assertEquals(bytes, contents(site));
    }

    private static BuildReport build(Path newsroom, Path site) {
        return new SiteBuild().run(new BuildOptions(newsroom, site, Newsrooms.NOW).withPrecompress(true));
    }

    /** The site's files by their site path. */
    private static Map<String, Path> files(Path site) throws IOException {
        Map<String, Path> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(site)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(site.relativize(file).toString().replace('\\', '/'), file);
            }
        }
        return files;
    }

    /** Sets every file's time to {@link #LONG_AGO}: a kept file keeps it whatever the clock's resolution. */
    private static void age(Path site) throws IOException {
        for (Path file : files(site).values()) {
            Files.setLastModifiedTime(file, LONG_AGO);
        }
    }

    /** Each file's identity (device and inode on Unix) and modification time. */
    private static Map<String, Object> identities(Path site) throws IOException {
        Map<String, Object> identities = new TreeMap<>();
        for (Map.Entry<String, Path> file : files(site).entrySet()) {
            identities.put(file.getKey(), fileKey(file.getValue()) + " " + Files.getLastModifiedTime(file.getValue()));
        }
        return identities;
    }

    private static Map<String, String> contents(Path site) throws IOException {
        Map<String, String> contents = new TreeMap<>();
        for (Map.Entry<String, Path> file : files(site).entrySet()) {
            contents.put(file.getKey(), Files.readString(file.getValue(), StandardCharsets.ISO_8859_1));
        }
        return contents;
    }

    private static Object fileKey(Path file) throws IOException {
        return Files.readAttributes(file, BasicFileAttributes.class).fileKey();
    }
}
