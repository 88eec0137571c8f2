package org.gazette.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.gazette.io.Checksums;
import org.gazette.io.RowTable;
import org.gazette.render.PageFingerprint;
import org.gazette.render.PageReads;

/**
 * What each page of a site was rendered from and what it holds, kept in the site as
 * {@code .gazette-pages}: the fingerprint of every page's own inputs ({@link PageFingerprint#of(
 * org.gazette.render.PageSpec)}), which of the build clock and the rankings it read ({@link PageReads}),
 * the length and CRCs of its bytes; and once for the whole site the fingerprints of what every page
 * shares (templates, settings, site view, Gazette's code), of the clock and of the rankings. A later
 * build whose page has the same inputs, with the same shared fingerprint and the same clock and
 * rankings as far as the page read them, keeps the published file as it is once its bytes are
 * checked against the record, instead of rendering it again.
 *
 * <p>Pages are found by a 64-bit hash of their path, in sorted arrays: 40 bytes a page, about 70 MB
 * for the 1.75 million pages of a million articles. Two paths with one hash only cost a render: a
 * record is used only if it also has the page's inputs, which include its path.
 */
final class PageRecords {
    static final String PATH = ".gazette-pages";
    /** "GZPG", then the form of the file: a file of another form is no record. */
    private static final int MAGIC = 0x475a5047;
    private static final int FORM = 2;
    /**
     * The words of a row: the path's hash, the inputs' fingerprint (two words), the length and reads (one
     * word) and the CRCs of the published bytes.
     */
    private static final int WORDS = 5;
    /** Where in its word a page's reads are: its length is below 2^56 bytes. */
    private static final int READS_SHIFT = 56;

    /** The records of a published site, or none. */
    static final class Published {
        static final Published NONE = new Published(null, null, null, null, null);

        private final PageFingerprint siteWide;
        private final PageFingerprint clock;
        private final PageFingerprint rankings;
        /** Rows by the hash of their path: the inputs' fingerprint (two words), length and reads, CRCs. */
        private final RowTable rows;

        /** When the records were written (their file's modification time); null for none. */
        private final FileTime written;

        private Published(PageFingerprint siteWide, PageFingerprint clock, PageFingerprint rankings, RowTable rows,
                          FileTime written) {
            this.written = written;
            this.siteWide = siteWide;
            this.clock = clock;
            this.rankings = rankings;
            this.rows = rows;
        }

        /** These records if their pages were rendered with {@code siteWide}, else none. */
        Published ifRenderedWith(PageFingerprint siteWide) {
            return siteWide != null && siteWide.equals(this.siteWide) ? this : NONE;
        }

        /** Which of the clock and the rankings ({@link PageReads}) are not those these pages were rendered with. */
        int changed(PageFingerprint clock, PageFingerprint rankings) {
            return (clock.equals(this.clock) ? 0 : PageReads.CLOCK) | (rankings.equals(this.rankings) ? 0 : PageReads.RANKINGS);
        }

        /**
         * The record of the page at {@code file} if it was rendered from {@code inputs}, else null: its
         * published bytes' {@link #length} and {@link #reads} in one word, their CRCs in the other.
         */
        long[] find(String file, PageFingerprint inputs) {
            if (rows == null) {
                return null;
            }
            int at = rows.find(PageFingerprint.of(file).high(), inputs.high(), inputs.low());
            return at < 0 ? null : new long[] {rows.value(at, 2), rows.value(at, 3)};
        }

        /**
         * When the records were written: a published page last modified before then has had its recorded
         * bytes since (see {@link org.gazette.output.PageOutput#keep}); null for no records.
         */
        FileTime written() {
            return written;
        }

        /** The records in {@code site}'s {@code .gazette-pages}; none if it has none, or one of another form or cut short. */
        static Published read(Path site) {
            Path file = site.resolve(PATH);
            FileTime written;
            try {
                // Before the records are read: a file replaced meanwhile only makes the time earlier.
                written = Files.getLastModifiedTime(file, LinkOption.NOFOLLOW_LINKS);
            } catch (IOException e) {
                return NONE;
            }
            RowTable rows = RowTable.read(file, MAGIC, FORM, 6, WORDS);
            if (rows == null) {
                return NONE; // every page is rendered, which is always right
            }
            return new Published(new PageFingerprint(rows.header(0), rows.header(1)),
                    new PageFingerprint(rows.header(2), rows.header(3)), new PageFingerprint(rows.header(4), rows.header(5)), rows,
                    written);
        }
    }

    /** The records of the pages a build writes, by their place in the plan; thread-safe for distinct places. */
    static final class Recorder {
        private final RowTable.Builder rows;

        Recorder(int pages) {
            rows = new RowTable.Builder(pages, WORDS);
        }

        /**
         * Page {@code i} at {@code file}, rendered from {@code inputs}, read {@code reads} ({@link PageReads})
         * and holds bytes of {@code length} and {@code crcs}.
         */
        void put(int i, String file, PageFingerprint inputs, long length, int reads, long crcs) {
            rows.put(i, PageFingerprint.of(file).high(), inputs.high(), inputs.low(), length | (long) reads << READS_SHIFT, crcs);
        }

        /** The {@code .gazette-pages} file of these records; once (it sorts the records in place). */
        byte[] file(PageFingerprint siteWide, PageFingerprint clock, PageFingerprint rankings) {
            return rows.file(MAGIC, FORM, siteWide.high(), siteWide.low(), clock.high(), clock.low(), rankings.high(),
                    rankings.low());
        }
    }

    /**
     * The length of the bytes in a record's first word (see {@link Published#find}); the other word
     * holds their {@link Checksums#crcs}.
     */
    static long length(long word) {
        return word & (1L << READS_SHIFT) - 1;
    }

    /** What the page read ({@link PageReads}) in a record's first word. */
    static int reads(long word) {
        return (int) (word >>> READS_SHIFT);
    }

    private PageRecords() {
    }
}
