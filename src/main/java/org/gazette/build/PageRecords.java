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
import java.util.zip.CRC32;
import java.util.zip.CRC32C;
import org.gazette.render.PageFingerprint;

/**
 * What each page of a site was rendered from and what it holds, kept in the site as
 * {@code .gazette-pages}: the fingerprint of every page's own inputs ({@link PageFingerprint#of(
 * org.gazette.render.PageSpec)}), the length and CRCs of its bytes, and once for the whole site the
 * fingerprint of what every page shares (templates, settings, site view, rankings, Gazette's code).
 * A later build whose page has the same inputs, with the same shared fingerprint, keeps the published
 * file as it is once its bytes are checked against the record, instead of rendering it again.
 *
 * <p>Pages are found by a 64-bit hash of their path, in sorted arrays: 40 bytes a page, about 70 MB
 * for the 1.75 million pages of a million articles. Two paths with one hash only cost a render: a
 * record is used only if it also has the page's inputs, which include its path.
 */
final class PageRecords {
    static final String PATH = ".gazette-pages";
    /** "GZPG", then the form of the file: a file of another form is no record. */
    private static final int MAGIC = 0x475a5047;
    private static final int FORM = 1;
    /** The words of a row: the path's hash, then {@link #VALUES} words. */
    private static final int WORDS = 5;
    /** The inputs' fingerprint (two words), the length and the CRCs of the published bytes. */
    private static final int VALUES = WORDS - 1;

    /** The records of a published site, or none. */
    static final class Published {
        static final Published NONE = new Published(null, false, null, new long[0], new long[0]);

        private final PageFingerprint siteWide;
        private final boolean clockRead;
        private final PageFingerprint clock;
        /** Path hashes, sorted. */
        private final long[] keys;
        /** For each key, {@link #VALUES} words. */
        private final long[] values;

        private Published(PageFingerprint siteWide, boolean clockRead, PageFingerprint clock, long[] keys, long[] values) {
            this.siteWide = siteWide;
            this.clockRead = clockRead;
            this.clock = clock;
            this.keys = keys;
            this.values = values;
        }

        /**
         * These records if their pages were rendered with {@code siteWide} and, when a page read the
         * clock, with {@code clock}; else none.
         */
        Published ifRenderedWith(PageFingerprint siteWide, PageFingerprint clock) {
            return siteWide != null && siteWide.equals(this.siteWide) && (!clockRead || clock.equals(this.clock)) ? this : NONE;
        }

        /** Whether a page of these records read the build clock. */
        boolean clockRead() {
            return clockRead;
        }

        /** The published bytes' length and CRCs of the page at {@code file} if it was rendered from {@code inputs}, else null. */
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
                boolean clockRead = in.readBoolean();
                PageFingerprint clock = new PageFingerprint(in.readLong(), in.readLong());
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
                return new Published(siteWide, clockRead, clock, keys, values);
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

        /** Page {@code i} at {@code file}, rendered from {@code inputs}, holds bytes of {@code length} and {@code crcs}. */
        void put(int i, String file, PageFingerprint inputs, long length, long crcs) {
            int at = WORDS * i;
            records[at] = PageFingerprint.of(file).high();
            records[at + 1] = inputs.high();
            records[at + 2] = inputs.low();
            records[at + 3] = length;
            records[at + 4] = crcs;
            recorded[i] = true;
        }

        /** The {@code .gazette-pages} file of these records; once (it sorts the records in place). */
        byte[] file(PageFingerprint siteWide, boolean clockRead, PageFingerprint clock) {
            int count = 0;
            for (int i = 0; i < recorded.length; i++) {
                if (recorded[i]) {
                    System.arraycopy(records, WORDS * i, records, WORDS * count++, WORDS);
                }
            }
            sortRows(records, count);
            ByteBuffer out = ByteBuffer.allocate(4 + 4 + 16 + 1 + 16 + 4 + WORDS * Long.BYTES * count);
            out.putInt(MAGIC).putInt(FORM).putLong(siteWide.high()).putLong(siteWide.low())
                    .put((byte) (clockRead ? 1 : 0)).putLong(clock.high()).putLong(clock.low()).putInt(count);
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

    /** The CRC-32 and CRC-32C of the first {@code length} of {@code bytes}, in one word. */
    static long crcs(byte[] bytes, int length) {
        CRC32 crc = new CRC32();
        CRC32C crcC = new CRC32C();
        crc.update(bytes, 0, length);
        crcC.update(bytes, 0, length);
        return crc.getValue() << 32 | crcC.getValue();
    }

    private PageRecords() {
    }
}
