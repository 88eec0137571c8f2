package org.gazette.ranking;

import static org.gazette.ranking.Logs.A;
import static org.gazette.ranking.Logs.NOW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BadInputTest {
    private static final RankingSettings TOLERANT = RankingSettings.defaults().toBuilder().maxBadRatio(1).build();

    @TempDir
    Path dir;

    @Test
    void skipsAndReportsMalformedLinesByFileAndLineOnly() throws Exception {
        new Logs().view("192.0.2.1", 5, "/" + A).raw("not a log line").raw("")
                .raw("192.0.2.9 - - [31/Jun/2024:10:00:00 +0000] \"GET /x HTTP/1.1\" 200 1 \"-\" \"Mozilla/5.0 (Windows)\"")
                .raw("192.0.2.9 - - [30/Jun/2024:10:00:00 +0000] \"GET /x HTTP/1.1\" 200 1")
                .raw("192.0.2.9 - - [30/Jun/2024:10:00:00 +0000] \"GET /x HTTP/1.1\" 2x0 1 \"-\" \"Mozilla/5.0 (Windows)\"")
                .view("192.0.2.2", 5, "/" + A).write(dir.resolve("access.log"));
        IngestStats s = Logs.load(dir, "access.log", Logs.ab(), TOLERANT).stats();
        assertEquals(6, s.lines()); // the blank line is no line
        assertEquals(4, s.bad());
        assertEquals(List.of("access.log:2: no [time]", "access.log:4: bad [time]",
                "access.log:5: no referer and user agent (not a combined log line)", "access.log:6: bad status"),
                s.firstBadLines());
        assertFalse(String.join(" ", s.firstBadLines()).contains("192.0.2"));
    }

    @Test
    void skipsInvalidUtf8AndATenMegabyteLineWithoutHoldingIt() throws Exception {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.write((Logs.line("192.0.2.1", NOW.minusSeconds(60), "GET", "/" + A, 200, Logs.FIREFOX) + "\n").getBytes(StandardCharsets.UTF_8));
        b.write(Logs.line("192.0.2.2", NOW.minusSeconds(60), "GET", "/" + A, 200, "Mozilla/5.0 \u00e9\u00e9").getBytes(StandardCharsets.ISO_8859_1));
        b.write('\n');
        byte[] huge = new byte[10 << 20];
        Arrays.fill(huge, (byte) 'x');
        b.write(huge);
        b.write('\n');
        b.write((Logs.line("192.0.2.3", NOW.minusSeconds(60), "GET", "/" + A, 200, Logs.FIREFOX) + "\n").getBytes(StandardCharsets.UTF_8));
        Files.write(dir.resolve("access.log"), b.toByteArray());
        ReadershipData d = Logs.load(dir, "access.log", Logs.ab());
        assertEquals(List.of("access.log:2: invalid UTF-8", "access.log:3: line longer than 16384 bytes"), d.stats().firstBadLines());
        assertEquals(2, Logs.last24h(d, A));
    }

    @Test
    void readsGzippedAndPlainRotatedLogsInAnyOrder() throws Exception {
        new Logs().view("192.0.2.1", 5, "/" + A).write(dir.resolve("access.log"));
        gzip(new Logs().view("192.0.2.2", 65, "/" + A).view("192.0.2.1", 70, "/" + A), dir.resolve("access.log.1.gz"), false);
        gzip(new Logs().view("192.0.2.3", 26 * 60, "/" + A), dir.resolve("access.log.2.gz"), false);
        ReadershipData d = Logs.load(dir, "access.log*", Logs.ab());
        assertEquals(3, d.stats().files());
        assertEquals(2, Logs.last24h(d, A)); // 192.0.2.1 counts once, in the hour of its earlier view
        assertEquals(2, d.readers(A).hour(1));
        assertEquals(3, d.readers(A).sum(0, 48));
    }

    @Test
    void keepsTheLinesOfATruncatedGzipAndReportsTheBreak() throws Exception {
        Logs logs = new Logs();
        for (int i = 0; i < 2000; i++) {
            logs.view("192.0.2." + (i % 250), 5 + i % 600, "/" + A);
        }
        gzip(logs, dir.resolve("access.log.1.gz"), true);
        ReadershipData d = Logs.load(dir, "access.log.1.gz", Logs.ab());
        assertEquals(1, d.stats().bad());
        assertTrue(d.stats().firstBadLines().get(0).matches("access\\.log\\.1\\.gz:\\d+: truncated or corrupt gzip data"));
        assertTrue(d.stats().counted() > 100 && d.stats().counted() < 2000, "counted " + d.stats().counted());
    }

    @Test
    void failsOnlyAboveTheBadLineRatio() throws Exception {
        new Logs().view("192.0.2.1", 5, "/" + A).raw("junk").raw("junk").view("192.0.2.2", 5, "/" + A)
                .write(dir.resolve("half.log"));
        assertEquals(2, Logs.load(dir, "half.log", Logs.ab()).stats().bad()); // 50 % is allowed
        new Logs().view("192.0.2.1", 5, "/" + A).raw("junk").raw("junk").write(dir.resolve("most.log"));
        ReadershipException e = assertThrows(ReadershipException.class, () -> Logs.load(dir, "most.log", Logs.ab()));
        assertEquals("readership data unusable: 2 of 3 lines are bad (67%, limit 50%); first: most.log:2: no client address;"
                + " most.log:3: no client address", e.getMessage());
    }

    @Test
    void failsClearlyOnAMissingFileButNotOnAnEmptyGlob() {
        ReadershipException e = assertThrows(ReadershipException.class, () -> Logs.load(dir, "nope.log", Logs.ab()));
        assertEquals("nope.log: no such readership file", e.getMessage());
        assertFalse(Logs.load(dir, "nope.log*", Logs.ab()).hasReaders());
    }

    @Test
    void splitsLargePlainLogsIntoRangesWithoutLosingOrDoublingLines() throws Exception {
        Logs logs = new Logs();
        int n = 45_000; // about 9 MB: two ranges
        for (int i = 0; i < n; i++) {
            logs.view("10.0." + (i / 250) + "." + (i % 250), 5 + i % 1000, "/" + A);
        }
        logs.raw("junk");
        logs.write(dir.resolve("big.log"));
        assertTrue(Files.size(dir.resolve("big.log")) > (8 << 20));
        ReadershipData d = new ReadershipLoader("/", CrawlerMatcher.shipped(), 4).load(dir, List.of("big.log"), Logs.ab(), NOW,
                RankingSettings.defaults());
        assertEquals(n + 1, d.stats().lines());
        assertEquals(n, Logs.last24h(d, A));
        assertEquals(List.of("big.log:" + (n + 1) + ": no client address"), d.stats().firstBadLines());
    }

    private static void gzip(Logs logs, Path file, boolean truncate) throws Exception {
        Path plain = Files.createTempFile(file.getParent(), "plain", ".log");
        logs.write(plain);
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (OutputStream out = new GZIPOutputStream(b)) {
            out.write(Files.readAllBytes(plain));
        }
        Files.delete(plain);
        byte[] bytes = b.toByteArray();
        Files.write(file, truncate ? Arrays.copyOf(bytes, bytes.length / 2) : bytes);
    }
}
