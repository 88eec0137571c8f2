package org.gazette.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
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
}
