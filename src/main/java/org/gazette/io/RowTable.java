package org.gazette.io;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * A table of rows of {@code long} words kept in a file beside a site: a header of words, then the rows
 * sorted by their first word (a key, such as a hash of a file's path), found by binary search. Held as
 * arrays of {@code long}, not objects: a million articles' 1.75 million pages are 70 MB of five-word rows.
 *
 * <p>The file: a magic number and a form ({@code int}s), the header's words, the number of rows
 * ({@code int}), the rows. A file of another magic number or form, cut short, or with rows out of order
 * is no table: whoever reads it then does without, which must always be right.
 */
public final class RowTable {
    private final long[] header;
    private final long[] keys;
    /** For each key, the row's other words. */
    private final long[] values;
    private final int valueWords;

    private RowTable(long[] header, long[] keys, long[] values, int valueWords) {
        this.header = header;
        this.keys = keys;
        this.values = values;
        this.valueWords = valueWords;
    }

    /** Word {@code i} of the header. */
    public long header(int i) {
        return header[i];
    }

    public int size() {
        return keys.length;
    }

    /**
     * The row whose key is {@code key} and whose next two words are {@code first} and {@code second}, or
     * -1. Rows with one key (two paths of one hash) sit side by side: any of them may be the one.
     */
    public int find(long key, long first, long second) {
        int at = Arrays.binarySearch(keys, key);
        if (at < 0) {
            return -1;
        }
        while (at > 0 && keys[at - 1] == key) {
            at--;
        }
        for (; at < keys.length && keys[at] == key; at++) {
            if (value(at, 0) == first && value(at, 1) == second) {
                return at;
            }
        }
        return -1;
    }

    public long key(int row) {
        return keys[row];
    }

    /** Word {@code word} of row {@code row} after its key (0 is the row's second word). */
    public long value(int row, int word) {
        return values[valueWords * row + word];
    }

    /**
     * The table in {@code file}, with {@code headerWords} words of header and rows of {@code words}
     * words; null if there is no such file (or it is a link), or it is of another magic number or form,
     * cut short, or unordered.
     */
    public static RowTable read(Path file, int magic, int form, int headerWords, int words) {
        try (InputStream raw = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS);
             DataInputStream in = new DataInputStream(new BufferedInputStream(raw, 64 * 1024))) {
            if (in.readInt() != magic || in.readInt() != form) {
                return null;
            }
            long[] header = new long[headerWords];
            for (int i = 0; i < headerWords; i++) {
                header[i] = in.readLong();
            }
            int count = in.readInt();
            if (count < 0 || count > Files.size(file) / ((long) words * Long.BYTES)) {
                return null;
            }
            int valueWords = words - 1;
            long[] keys = new long[count];
            long[] values = new long[valueWords * count];
            for (int i = 0; i < count; i++) {
                keys[i] = in.readLong();
                if (i > 0 && keys[i] < keys[i - 1]) {
                    return null;
                }
                for (int w = 0; w < valueWords; w++) {
                    values[valueWords * i + w] = in.readLong();
                }
            }
            return new RowTable(header, keys, values, valueWords);
        } catch (IOException e) {
            return null; // missing, cut short or unreadable
        }
    }

    /** The rows of a table by their place, put by any thread at distinct places, then written once. */
    public static final class Builder {
        private final int words;
        private final long[] rows;
        private final boolean[] put;

        /** Room for {@code rows} rows of {@code words} words. */
        public Builder(int rows, int words) {
            this.words = words;
            this.rows = new long[words * rows];
            this.put = new boolean[rows];
        }

        /** Row {@code i}: its key, then its other words. */
        public void put(int i, long key, long... values) {
            int at = words * i;
            rows[at] = key;
            System.arraycopy(values, 0, rows, at + 1, words - 1);
            put[i] = true;
        }

        /** The file of the rows put, sorted, under {@code header}; once (it sorts the rows in place). */
        public byte[] file(int magic, int form, long... header) {
            int count = 0;
            for (int i = 0; i < put.length; i++) {
                if (put[i]) {
                    System.arraycopy(rows, words * i, rows, words * count++, words);
                }
            }
            sort(rows, count, words);
            ByteBuffer out = ByteBuffer.allocate(4 + 4 + Long.BYTES * header.length + 4 + Long.BYTES * words * count);
            out.putInt(magic).putInt(form);
            for (long word : header) {
                out.putLong(word);
            }
            out.putInt(count);
            for (int w = 0; w < words * count; w++) {
                out.putLong(rows[w]);
            }
            return out.array();
        }
    }

    /**
     * Sorts the first {@code n} rows of {@code words} words by their first word, in place: a heap sort,
     * as a million articles' pages are too many to sort as objects.
     */
    static void sort(long[] rows, int n, int words) {
        for (int i = n / 2 - 1; i >= 0; i--) {
            siftDown(rows, i, n, words);
        }
        for (int end = n - 1; end > 0; end--) {
            swap(rows, 0, end, words);
            siftDown(rows, 0, end, words);
        }
    }

    private static void siftDown(long[] rows, int i, int n, int words) {
        while (true) {
            int child = 2 * i + 1;
            if (child >= n) {
                return;
            }
            if (child + 1 < n && rows[words * (child + 1)] > rows[words * child]) {
                child++;
            }
            if (rows[words * i] >= rows[words * child]) {
                return;
            }
            swap(rows, i, child, words);
            i = child;
        }
    }

    private static void swap(long[] rows, int a, int b, int words) {
        for (int w = 0; w < words; w++) {
            long t = rows[words * a + w];
            rows[words * a + w] = rows[words * b + w];
            rows[words * b + w] = t;
        }
    }
}
