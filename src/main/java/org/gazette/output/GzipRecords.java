package org.gazette.output;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.gazette.io.Checksums;
import org.gazette.io.RowTable;

/**
 * What each {@code .gz} of a site was compressed from, kept in the site as {@code .gazette-gzip}: for
 * every text file, the length and CRCs of its bytes and of its {@code .gz}; and once, the identity of
 * the gzip that made them ({@link #IDENTITY}). A later build whose text file has the recorded bytes, run
 * by a gzip of the same identity, keeps the published {@code .gz} once its own length and CRCs are
 * checked, instead of compressing the file again at level 9: it is the very file compressing would give.
 */
final class GzipRecords {
    static final String PATH = ".gazette-gzip";
    /** "GZGZ", then the form of the file. */
    private static final int MAGIC = 0x475a475a;
    private static final int FORM = 1;
    /** The words of a row: the path's hash, the file's length and CRCs, its .gz's length and CRCs. */
    private static final int WORDS = 5;

    /**
     * The gzip of this JVM: the CRCs and length of what it makes of a probe text, and of its Java's
     * vendor, version and architecture. The same Java with another zlib (Linux builds of Java use the
     * system's) or at another level makes other bytes of the probe; a new Java counts as another
     * gzip even if its bytes match, since the probe cannot try every input.
     */
    static final long[] IDENTITY = identity();

    private GzipRecords() {
    }

    private static long[] identity() {
        byte[] probe = Precompression.gzip(probe());
        byte[] java = (System.getProperty("java.vm.vendor") + " " + System.getProperty("java.vm.version") + " "
                + System.getProperty("os.arch")).getBytes(StandardCharsets.UTF_8);
        return new long[] {Checksums.crcs(probe, probe.length), probe.length, Checksums.crcs(java, java.length)};
    }

    /**
     * 64 KB of markup-like text from a fixed sequence: repeats near and far, as pages have, so that the
     * matcher's choices (lazy matching, chain lengths, the window) all show in the compressed bytes.
     */
    static byte[] probe() {
        String[] words = {"<p>", "</p>", "<a href=\"/world/", "\">", "</a>", "the ", "ministers ", "harbour ", "city ",
            "<li class=\"card\">", "</li>", "2024/05/14/", "warms ", "fastest ", "readers ", "trending ", "\n", "  "};
        StringBuilder text = new StringBuilder(70_000);
        long state = 0x2545F4914F6CDD1DL;
        while (text.length() < 65_536) {
            state ^= state << 13;
            state ^= state >>> 7;
            state ^= state << 17;
            int pick = (int) Math.floorMod(state, 64L);
            text.append(pick < words.length ? words[pick] : Long.toString(state >>> 40, 36));
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The records of a published site, or none. */
    static final class Published {
        static final Published NONE = new Published(null);

        private final RowTable rows;

        private Published(RowTable rows) {
            this.rows = rows;
        }

        /**
         * The recorded length and CRCs of the {@code .gz} of the text file at {@code path} if it was
         * compressed from {@code length} bytes of {@code crcs}, else null.
         */
        long[] find(String path, long length, long crcs) {
            if (rows == null) {
                return null;
            }
            int at = rows.find(key(path), length, crcs);
            return at < 0 ? null : new long[] {rows.value(at, 2), rows.value(at, 3)};
        }

        /** The records in {@code site}'s {@code .gazette-gzip}, if a gzip of this identity made them; else none. */
        static Published read(Path site) {
            RowTable rows = RowTable.read(site.resolve(PATH), MAGIC, FORM, IDENTITY.length, WORDS);
            if (rows == null) {
                return NONE;
            }
            for (int i = 0; i < IDENTITY.length; i++) {
                if (rows.header(i) != IDENTITY[i]) {
                    return NONE;
                }
            }
            return new Published(rows);
        }
    }

    /**
     * The {@code .gazette-gzip} of {@code published} with the rows of the files in {@code rewritten}
     * (by path: their length and CRCs, their .gz's length and CRCs) in place of theirs. Over no records
     * (or another gzip's), the rows of the rewritten files alone: a file without a row is compressed again.
     */
    static byte[] updated(Published published, Map<String, long[]> rewritten) {
        int size = published.rows == null ? 0 : published.rows.size();
        Set<Long> replaced = new HashSet<>();
        rewritten.keySet().forEach(path -> replaced.add(key(path)));
        RowTable.Builder out = new RowTable.Builder(size + rewritten.size(), WORDS);
        int at = 0;
        RowTable rows = published.rows;
        for (int i = 0; i < size; i++) {
            if (!replaced.contains(rows.key(i))) { // a path of the same hash loses its row: it is compressed again
                out.put(at++, rows.key(i), rows.value(i, 0), rows.value(i, 1), rows.value(i, 2), rows.value(i, 3));
            }
        }
        for (Map.Entry<String, long[]> e : rewritten.entrySet()) {
            long[] v = e.getValue();
            out.put(at++, key(e.getKey()), v[0], v[1], v[2], v[3]);
        }
        return out.file(MAGIC, FORM, IDENTITY);
    }

    /** The records of the .gz files a build writes, by place; thread-safe for distinct places. */
    static final class Recorder {
        private final RowTable.Builder rows;

        Recorder(int files) {
            rows = new RowTable.Builder(files, WORDS);
        }

        /** The text file at {@code path}, of {@code length} bytes and {@code crcs}, has a .gz of {@code gzLength} and {@code gzCrcs}. */
        void put(int i, String path, long length, long crcs, long gzLength, long gzCrcs) {
            rows.put(i, key(path), length, crcs, gzLength, gzCrcs);
        }

        /** The {@code .gazette-gzip} file; once. */
        byte[] file() {
            return rows.file(MAGIC, FORM, IDENTITY);
        }
    }

    /** A path's 64-bit hash: two paths with one hash only cost a compression, as the bytes are checked too. */
    private static long key(String path) {
        byte[] bytes = path.getBytes(StandardCharsets.UTF_8);
        return Checksums.crcs(bytes, bytes.length);
    }
}
