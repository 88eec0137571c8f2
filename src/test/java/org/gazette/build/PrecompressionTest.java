package org.gazette.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.gazette.output.Precompression;
import org.gazette.testing.Builds;
import org.gazette.testing.Newsrooms;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code gazette build --precompress}: a deterministic .gz beside every text file, nothing else. */
class PrecompressionTest {
    @TempDir
    Path temp;

    @Test
    void writesADeterministicGzipBesideEveryTextFileAndNoneBesidePictures() throws IOException {
        Path site = temp.resolve("site");
        new SiteBuild().run(new BuildOptions(Newsrooms.basic(), site, Newsrooms.NOW).withPrecompress(true));
        List<Path> files = files(site);
        int text = 0;
        for (Path file : files) {
            String name = file.getFileName().toString();
            Path gz = file.resolveSibling(name + ".gz");
            if (name.endsWith(".gz") || name.startsWith(".")) {
                continue;
            }
            if (Precompression.isText(name)) {
                text++;
                assertTrue(Files.isRegularFile(gz), "no .gz beside " + site.relativize(file));
                byte[] bytes = Files.readAllBytes(gz);
                assertArrayEquals(Files.readAllBytes(file), new GZIPInputStream(new ByteArrayInputStream(bytes)).readAllBytes());
                assertEquals(0, bytes[3], "no file name or other optional fields in the header");
                assertEquals(0, bytes[4] | bytes[5] | bytes[6] | bytes[7], "modification time 0");
            } else {
                assertFalse(Files.exists(gz), "a picture needs no .gz: " + site.relativize(file));
            }
        }
        assertTrue(text > 20, "html, css, js, json, xml, txt and svg files: " + text);

        Path again = temp.resolve("again");
        new SiteBuild().run(new BuildOptions(Newsrooms.basic(), again, Newsrooms.NOW).withPrecompress(true));
        assertEquals(SiteBuildTest.tree(site), SiteBuildTest.tree(again), "every file and every .gz the same bytes");
    }

    @Test
    void aRebuildCompressesOnlyTheFilesThatChangedAndKeepsTheOtherGzAsCompressingWouldMakeThem() throws IOException {
        Path newsroom = Newsrooms.copyOfBasic(temp.resolve("newsroom"));
        Path site = temp.resolve("site");
        BuildReport first = buildPrecompressed(newsroom, site);
        int textFiles = gzCounts(first).get(0);
        assertEquals(List.of(textFiles, 0), gzCounts(first), "a build into an empty folder compresses every file");
        Path gzOfUntouched = site.resolve("culture/2023/10/20/jazz-festival-review/index.html.gz");
        Object before = Files.readAttributes(gzOfUntouched, BasicFileAttributes.class).fileKey();

        Newsrooms.write(newsroom, EDITED_MD, Builds.read(newsroom.resolve(EDITED_MD)) + "\nOne more sentence.\n");
        BuildReport rebuild = buildPrecompressed(newsroom, site);

        List<Integer> counts = gzCounts(rebuild);
        assertEquals(textFiles, counts.get(0) + counts.get(1));
        assertTrue(counts.get(0) >= 1 && counts.get(0) < textFiles / 4 && counts.get(1) > textFiles / 2, rebuild.stages().toString());
        assertEquals(before, Files.readAttributes(gzOfUntouched, BasicFileAttributes.class).fileKey(), "the very file");
        assertTrue(Builds.read(site.resolve(EDITED)).contains("One more sentence."));
        assertEveryGzIsTheLevel9GzipOfItsFile(site);
    }

    @Test
    void aGzChangedByHandIsCompressedAgain() throws IOException {
        Path newsroom = Newsrooms.copyOfBasic(temp.resolve("newsroom"));
        Path site = temp.resolve("site");
        buildPrecompressed(newsroom, site);
        // The files that show the build time (the feeds, the build state) change at every clock.
        int clockFiles = gzCounts(buildPrecompressed(newsroom, site, Newsrooms.NOW.plusSeconds(60))).get(0);
        Path page = site.resolve("culture/2023/10/20/jazz-festival-review/index.html");
        Path gz = page.resolveSibling("index.html.gz");
        byte[] otherTool = Files.readAllBytes(gz);
        otherTool[9] = 3; // the header's operating system, as gzip on Unix writes it: the same text and length
        Files.write(gz, otherTool);

        BuildReport rebuild = buildPrecompressed(newsroom, site, Newsrooms.NOW.plusSeconds(120));

        assertEquals(clockFiles + 1, gzCounts(rebuild).get(0), rebuild.stages().toString());
        assertEveryGzIsTheLevel9GzipOfItsFile(site);
    }

    @Test
    void gzFilesMadeByAnotherGzipAreCompressedAgain() throws IOException {
        Path newsroom = Newsrooms.copyOfBasic(temp.resolve("newsroom"));
        Path site = temp.resolve("site");
        BuildReport first = buildPrecompressed(newsroom, site);
        Path records = site.resolve(".gazette-gzip");
        byte[] bytes = Files.readAllBytes(records);
        bytes[4 + 4 + 3]++; // the gzip's identity: what it made of the probe
        Files.write(records, bytes);

        BuildReport rebuild = buildPrecompressed(newsroom, site, Newsrooms.NOW.plusSeconds(60));

        assertEquals(List.of(gzCounts(first).get(0), 0), gzCounts(rebuild));
        assertEveryGzIsTheLevel9GzipOfItsFile(site);
    }

    @Test
    void writesNoGzipUnlessAsked() throws IOException {
        Path site = temp.resolve("plain");
        Builds.build(Newsrooms.basic(), site);
        assertTrue(files(site).stream().noneMatch(f -> f.toString().endsWith(".gz")));
    }

    private static List<Path> files(Path site) throws IOException {
        try (Stream<Path> walk = Files.walk(site)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        }
    }

    private static final String EDITED_MD = "content/articles/2023/06/nordic-ministers-meet.md";
    private static final String EDITED = "world/2023/06/01/nordic-ministers-meet/index.html";
    private static final Pattern GZ_COUNTS = Pattern.compile("write files \\(.*; (\\d+) compressed, (\\d+) \\.gz unchanged\\)");

    private static BuildReport buildPrecompressed(Path newsroom, Path site) {
        return buildPrecompressed(newsroom, site, Newsrooms.NOW);
    }

    private static BuildReport buildPrecompressed(Path newsroom, Path site, Instant now) {
        return new SiteBuild().run(new BuildOptions(newsroom, site, now).withPrecompress(true));
    }

    /** The .gz files the build compressed, and those it kept as published. */
    private static List<Integer> gzCounts(BuildReport report) {
        for (String stage : report.stages().keySet()) {
            Matcher m = GZ_COUNTS.matcher(stage);
            if (m.matches()) {
                return List.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
            }
        }
        throw new AssertionError("no precompression counts in " + report.stages().keySet());
    }

    /** Each .gz of the site holds exactly what gzip at level 9, with Gazette's fixed header, makes of its file. */
    private static void assertEveryGzIsTheLevel9GzipOfItsFile(Path site) throws IOException {
        int checked = 0;
        for (Path file : files(site)) {
            String name = file.getFileName().toString();
            if (Precompression.isText(name) && !name.startsWith(".")) {
                byte[] expected = gzip(Files.readAllBytes(file), Deflater.BEST_COMPRESSION);
                assertArrayEquals(expected, Files.readAllBytes(file.resolveSibling(name + ".gz")), site.relativize(file).toString());
                checked++;
            }
        }
        assertTrue(checked > 20, checked + " files");
    }

    /** Gzip of {@code bytes} at {@code level}, header as Java writes it (no name, time 0): independent of Gazette's code. */
    private static byte[] gzip(byte[] bytes, int level) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out) {
            {
                def.setLevel(level);
            }
        }) {
            gz.write(bytes);
        }
        return out.toByteArray();
    }
}
