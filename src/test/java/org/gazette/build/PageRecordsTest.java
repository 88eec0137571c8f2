package org.gazette.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.gazette.render.PageFingerprint;
import org.gazette.render.PageReads;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code .gazette-pages} file: what a build records of its pages, as the next build reads it. */
class PageRecordsTest {
    private static final PageFingerprint SITE_WIDE = new PageFingerprint(11, 12);
    private static final PageFingerprint CLOCK = new PageFingerprint(21, 22);
    private static final PageFingerprint RANKINGS = new PageFingerprint(31, 32);

    @TempDir
    Path site;

    @Test
    void everyRecordedPageIsFoundByItsPathAndInputs() throws IOException {
        int pages = 5_000;
        PageRecords.Recorder recorder = new PageRecords.Recorder(pages + 1);
        for (int i = 0; i < pages; i++) {
            recorder.put(i, path(i), inputs(i), 1000 + i, i % 4, 7L * i);
        }
        // Place "pages" was never rendered (a build that failed there leaves no record of it).
        Files.write(site.resolve(PageRecords.PATH), recorder.file(SITE_WIDE, CLOCK, RANKINGS));

        PageRecords.Published published = PageRecords.Published.read(site).ifRenderedWith(SITE_WIDE);
        for (int i = 0; i < pages; i++) {
            long[] found = published.find(path(i), inputs(i));
            assertEquals(List.of(1000L + i, i % 4, 7L * i),
                    List.of(PageRecords.length(found[0]), PageRecords.reads(found[0]), found[1]), path(i));
        }
        assertNull(published.find(path(3), inputs(4)), "other inputs");
        assertNull(published.find(path(pages), inputs(pages)), "a page not recorded");
    }

    @Test
    void recordsCountOnlyWithTheSameSiteWideInputsAndSayWhatElseChanged() throws IOException {
        write();
        PageRecords.Published published = PageRecords.Published.read(site);
        assertSame(PageRecords.Published.NONE, published.ifRenderedWith(new PageFingerprint(11, 13)));
        assertSame(PageRecords.Published.NONE, published.ifRenderedWith(null));
        assertSame(published, published.ifRenderedWith(SITE_WIDE));

        PageFingerprint other = new PageFingerprint(1, 2);
        assertEquals(List.of(0, PageReads.CLOCK, PageReads.RANKINGS, PageReads.CLOCK | PageReads.RANKINGS), List.of(
                published.changed(CLOCK, RANKINGS), published.changed(other, RANKINGS), published.changed(CLOCK, other),
                published.changed(other, other)));
    }

    @Test
    void aFileCutShortOrOfAnotherFormIsNoRecord() throws IOException {
        byte[] file = write();
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
        huge[4 + 4 + 3 * 16] = 0x7f; // the count: more rows than the file holds
        Files.write(site.resolve(PageRecords.PATH), huge);
        assertSame(PageRecords.Published.NONE, PageRecords.Published.read(site));
    }

    private byte[] write() throws IOException {
        PageRecords.Recorder recorder = new PageRecords.Recorder(2);
        recorder.put(0, "index.html", inputs(0), 10, PageReads.RANKINGS, 20);
        recorder.put(1, "world/index.html", inputs(1), 30, 0, 40);
        byte[] file = recorder.file(SITE_WIDE, CLOCK, RANKINGS);
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
