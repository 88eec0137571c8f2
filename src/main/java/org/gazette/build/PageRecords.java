package org.gazette.build;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import org.gazette.content.ContentFingerprint;
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
    /** The words of a row: the path's hash, then {@link #VALUES} words. */
    private static final int WORDS = 5;
    /** The inputs' fingerprint (two words), the length and reads (one word) and the CRCs of the published bytes. */
    private static final int VALUES = WORDS - 1;
    /** Where in its word a page's reads are: its length is below 2^56 bytes. */
    private static final int READS_SHIFT = 56;

    /** The records of a published site, or none. */
    static final class Published {
        static final Published NONE = new Published(null, null, null, new long[0], new long[0]);

        private final PageFingerprint siteWide;
        private final PageFingerprint clock;
        private final PageFingerprint rankings;
        /** Path hashes, sorted. */
        private final long[] keys;
        /** For each key, {@link #VALUES} words. */
        private final long[] values;

        private Published(PageFingerprint siteWide, PageFingerprint clock, PageFingerprint rankings, long[] keys,
                          long[] values) {
            this.siteWide = siteWide;
            this.clock = clock;
            this.rankings = rankings;
            this.keys = keys;
            this.values = values;
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
            long key = PageFingerprint.of(file).high();
            int at = Arrays.binarySearch(keys, key);
            if (at < 0) {
                return null;
            }
            while (at > 0 && keys[at - 1] == key) {
                at--; // equal hashes sit side by side: any of them may be this page's
            }
            for (; at < keys.length && keys[at] == key; at++) {
                int v = VALUES * at;
                if (values[v] == inputs.high() && values[v + 1] == inputs.low()) {
                    return new long[] {values[v + 2], values[v + 3]};
                }
            }
            return null;
        }

        /** The records in {@code site}'s {@code .gazette-pages}; none if it has none, or one of another form or cut short. */
        static Published read(Path site) {
            Path file = site.resolve(PATH);
            try (InputStream raw = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS);
                 DataInputStream in = new DataInputStream(new BufferedInputStream(raw, 64 * 1024))) {
                if (in.readInt() != MAGIC || in.readInt() != FORM) {
                    return NONE;
                }
                PageFingerprint siteWide = new PageFingerprint(in.readLong(), in.readLong());
                PageFingerprint clock = new PageFingerprint(in.readLong(), in.readLong());
                PageFingerprint rankings = new PageFingerprint(in.readLong(), in.readLong());
                int count = in.readInt();
                if (count < 0 || count > Files.size(file) / (WORDS * Long.BYTES)) {
                    return NONE;
                }
                long[] keys = new long[count];
                long[] values = new long[VALUES * count];
                for (int i = 0; i < count; i++) {
                    keys[i] = in.readLong();
                    if (i > 0 && keys[i] < keys[i - 1]) {
                        return NONE;
                    }
                    for (int w = 0; w < VALUES; w++) {
                        values[VALUES * i + w] = in.readLong();
                    }
                }
                return new Published(siteWide, clock, rankings, keys, values);
            } catch (NoSuchFileException e) {
                return NONE;
            } catch (IOException e) {
                return NONE; // cut short or unreadable: every page is rendered, which is always right
            }
        }
    }

    /** The records of the pages a build writes, by their place in the plan; thread-safe for distinct places. */
    static final class Recorder {
        private final long[] records;
        private final boolean[] recorded;

        Recorder(int pages) {
            records = new long[WORDS * pages];
            recorded = new boolean[pages];
        }

        /**
         * Page {@code i} at {@code file}, rendered from {@code inputs}, read {@code reads} ({@link PageReads})
         * and holds bytes of {@code length} and {@code crcs}.
         */
        void put(int i, String file, PageFingerprint inputs, long length, int reads, long crcs) {
            int at = WORDS * i;
            records[at] = PageFingerprint.of(file).high();
            records[at + 1] = inputs.high();
            records[at + 2] = inputs.low();
            records[at + 3] = length | (long) reads << READS_SHIFT;
            records[at + 4] = crcs;
            recorded[i] = true;
        }

        /** The {@code .gazette-pages} file of these records; once (it sorts the records in place). */
        byte[] file(PageFingerprint siteWide, PageFingerprint clock, PageFingerprint rankings) {
            int count = 0;
            for (int i = 0; i < recorded.length; i++) {
                if (recorded[i]) {
                    System.arraycopy(records, WORDS * i, records, WORDS * count++, WORDS);
                }
            }
            sortRows(records, count);
            ByteBuffer out = ByteBuffer.allocate(4 + 4 + 3 * 16 + 4 + WORDS * Long.BYTES * count);
            out.putInt(MAGIC).putInt(FORM);
            for (PageFingerprint f : new PageFingerprint[] {siteWide, clock, rankings}) {
                out.putLong(f.high()).putLong(f.low());
            }
            out.putInt(count);
            for (int w = 0; w < WORDS * count; w++) {
                out.putLong(records[w]);
            }
            return out.array();
        }
    }

    /**
     * Sorts the first {@code n} rows of {@code WORDS} words by their first word, in place: a heap sort,
     * as a million articles' pages are too many to sort as objects.
     */
    static void sortRows(long[] rows, int n) {
        for (int i = n / 2 - 1; i >= 0; i--) {
            siftDown(rows, i, n);
        }
        for (int end = n - 1; end > 0; end--) {
            swap(rows, 0, end);
            siftDown(rows, 0, end);
        }
    }

    private static void siftDown(long[] rows, int i, int n) {
        while (true) {
            int child = 2 * i + 1;
            if (child >= n) {
                return;
            }
            if (child + 1 < n && rows[WORDS * (child + 1)] > rows[WORDS * child]) {
                child++;
            }
            if (rows[WORDS * i] >= rows[WORDS * child]) {
                return;
            }
            swap(rows, i, child);
            i = child;
        }
    }

    private static void swap(long[] rows, int a, int b) {
        for (int w = 0; w < WORDS; w++) {
            long t = rows[WORDS * a + w];
            rows[WORDS * a + w] = rows[WORDS * b + w];
            rows[WORDS * b + w] = t;
        }
    }

    /**
     * The length of the bytes in a record's first word (see {@link Published#find}); the other word
     * holds their {@link ContentFingerprint#crcs}.
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
