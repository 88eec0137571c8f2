package org.gazette.output;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gazette.io.Checksums;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code gazette rank} rewrites a page's .gz with it, so gzip_static never serves stale rankings. */
class PrecompressedUpdateTest {
    @TempDir
    Path site;

    @Test
    void rewritesThePrecompressedVariantWithThePage() throws IOException {
        Files.writeString(site.resolve(OutputFolder.MARKER), "");
        Files.writeString(site.resolve("index.html"), "old");
        Files.write(site.resolve("index.html.gz"), Precompression.gzip("old".getBytes(StandardCharsets.UTF_8)));
        Files.writeString(site.resolve("plain.html"), "old");
        byte[] fresh = "new rankings".getBytes(StandardCharsets.UTF_8);
        try (SiteUpdate update = SiteUpdate.open(site)) {
            update.writeIfChanged("index.html", fresh);
            update.writeIfChanged("plain.html", fresh);
            assertArrayEquals(Precompression.gzip(fresh), Files.readAllBytes(site.resolve("index.html.gz")));
            assertFalse(Files.exists(site.resolve("plain.html.gz")), "a site built without --precompress gets none");
            assertEquals(List.of("index.html", "index.html.gz", "plain.html"), update.changed());
        }
        try (SiteUpdate update = SiteUpdate.open(site)) {
            update.writeIfChanged("index.html", fresh);
            assertEquals(List.of(), update.changed(), "unchanged bytes: neither file is touched");
        }
    }

    @Test
    void aStaleGzBesideAnUnchangedPageIsCompressedAgainAndRecorded() throws IOException {
        Files.writeString(site.resolve(OutputFolder.MARKER), "");
        byte[] old = "old".getBytes(StandardCharsets.UTF_8);
        Files.write(site.resolve("index.html"), old);
        // An update stopped between the two files: the .gz already holds what the page never got.
        Files.write(site.resolve("index.html.gz"), Precompression.gzip("newer".getBytes(StandardCharsets.UTF_8)));
        long crcs = Checksums.crcs(old, old.length);
        try (SiteUpdate update = SiteUpdate.open(site)) {
            assertFalse(update.keep("index.html", old.length, crcs, null, "page"), "its .gz is not the page's");
            update.writeIfChanged("index.html", old);
            assertArrayEquals(Precompression.gzip(old), Files.readAllBytes(site.resolve("index.html.gz")));
            assertEquals(List.of("index.html.gz"), update.changed());
            update.writeGzipRecords();
        }
        try (SiteUpdate update = SiteUpdate.open(site)) {
            assertTrue(update.keep("index.html", old.length, crcs, null, "page"), "recorded: page and .gz in step");
            assertFalse(update.keep("index.html", old.length, crcs ^ 1, null, "page"), "other bytes than recorded");
        }
        Files.write(site.resolve("index.html.gz"), Precompression.gzip("newer".getBytes(StandardCharsets.UTF_8)));
        try (SiteUpdate update = SiteUpdate.open(site)) {
            assertFalse(update.keep("index.html", old.length, crcs, null, "page"), "the .gz changed since it was recorded");
        }
    }
}
