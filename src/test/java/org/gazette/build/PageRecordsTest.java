package org.gazette.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import org.gazette.render.PageFingerprint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code .gazette-pages} file: what a build records of its pages, as the next build reads it. */
class PageRecordsTest {
    private static final PageFingerprint SITE_WIDE = new PageFingerprint(11, 12);
    private static final PageFingerprint CLOCK = new PageFingerprint(21, 22);

    @TempDir
    Path site;

    @Test
    void everyRecordedPageIsFoundByItsPathAndInputs() throws IOException {
        int pages = 5_000;
        PageRecords.Recorder recorder = new PageRecords.Recorder(pages + 1);
        for (int i = 0; i < pages; i++) {
            recorder.put(i, path(i), inputs(i), 1000 + i, 7L * i);
        }
        // Place "pages" was never rendered (a build that failed there leaves no record of it).
        Files.write(site.resolve(PageRecords.PATH), recorder.file(SITE_WIDE, false, CLOCK));

        PageRecords.Published published = PageRecords.Published.read(site).ifRenderedWith(SITE_WIDE, CLOCK);
        for (int i = 0; i < pages; i++) {
            assertArrayEquals(new long[] {1000 + i, 7L * i}, published.find(path(i), inputs(i)), path(i));
        }
        assertNull(published.find(path(3), inputs(4)), "other inputs");
        assertNull(published.find(path(pages), inputs(pages)), "a page not recorded");
    }

    @Test
    void recordsCountOnlyWithTheSameSiteWideInputsAndAClockTheyDidNotRead() throws IOException {
        write(false);
        PageRecords.Published published = PageRecords.Published.read(site);
        assertSame(PageRecords.Published.NONE, published.ifRenderedWith(new PageFingerprint(11, 13), CLOCK));
        assertSame(PageRecords.Published.NONE, published.ifRenderedWith(null, CLOCK));
        assertSame(published, published.ifRenderedWith(SITE_WIDE, new PageFingerprint(1, 2)), "no page read the clock");

        write(true);
        published = PageRecords.Published.read(site);
        assertTrue(published.clockRead());
        assertSame(PageRecords.Published.NONE, published.ifRenderedWith(SITE_WIDE, new PageFingerprint(1, 2)));
        assertSame(published, published.ifRenderedWith(SITE_WIDE, CLOCK));
    }

    @Test
    void aFileCutShortOrOfAnotherFormIsNoRecord() throws IOException {
        byte[] file = write(false);
        assertSame(PageRecords.Published.NONE, PageRecords.Published.read(site.resolve("nowhere")));
        for (int length : new int[] {0, 7, 40, file.length - 1}) {
            Files.write(site.resolve(PageRecords.PATH), Arrays.copyOf(file, length));
            assertSame(PageRecords.Published.NONE, PageRecords.Published.read(site), length + " bytes");
        }
        byte[] otherForm = file.clone();
        otherForm[7]++;
        Files.write(site.resolve(PageRecords.PATH), otherForm);
        assertSame(PageRecords.Published.NONE, PageRecords.Published.read(site));
        byte[] huge = file.clone();
        huge[4 + 4 + 16 + 1 + 16] = 0x7f; // the count: more rows than the file holds
        Files.write(site.resolve(PageRecords.PATH), huge);
        assertSame(PageRecords.Published.NONE, PageRecords.Published.read(site));
    }

    @Test
    void rowsAreSortedByTheirFirstWordAndStayWhole() {
        Random random = new Random(7);
        int n = 2_001;
        long[] rows = new long[5 * n + 5];
        for (int i = 0; i < n; i++) {
            long key = random.nextInt(500) - 250; // many equal keys, negative ones too
            for (int w = 0; w < 5; w++) {
                rows[5 * i + w] = key * 10 + w;
            }
        }
        rows[5 * n] = Long.MIN_VALUE; // past n: not sorted
        PageRecords.sortRows(rows, n);
        for (int i = 0; i < n; i++) {
            assertTrue(i == 0 || rows[5 * (i - 1)] <= rows[5 * i], "row " + i);
            for (int w = 1; w < 5; w++) {
                assertEquals(rows[5 * i] + w, rows[5 * i + w], "row " + i + " word " + w);
            }
        }
        assertEquals(Long.MIN_VALUE, rows[5 * n]);
    }

    private byte[] write(boolean clockRead) throws IOException {
        PageRecords.Recorder recorder = new PageRecords.Recorder(2);
        recorder.put(0, "index.html", inputs(0), 10, 20);
        recorder.put(1, "world/index.html", inputs(1), 30, 40);
        byte[] file = recorder.file(SITE_WIDE, clockRead, CLOCK);
        Files.write(site.resolve(PageRecords.PATH), file);
        return file;
    }

    private static String path(int i) {
        return "world/2024/" + i + "/index.html";
    }

    private static PageFingerprint inputs(int i) {
        return PageFingerprint.of("inputs", i);
    }
}
