package org.gazette.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file of rows of longs sorted by their first word, as the page and precompression records use it. */
class RowTableTest {
    private static final int MAGIC = 0x54455354;

    @TempDir
    Path dir;

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
        RowTable.sort(rows, n, 5);
        for (int i = 0; i < n; i++) {
            assertTrue(i == 0 || rows[5 * (i - 1)] <= rows[5 * i], "row " + i);
            for (int w = 1; w < 5; w++) {
                assertEquals(rows[5 * i] + w, rows[5 * i + w], "row " + i + " word " + w);
            }
        }
        assertEquals(Long.MIN_VALUE, rows[5 * n]);
    }

    @Test
    void everyRowPutIsReadBackUnderItsKeyAndRowsNeverPutAreLeftOut() throws IOException {
        int n = 3_000;
        RowTable.Builder builder = new RowTable.Builder(n, 3);
        for (int i = 0; i < n; i += 2) { // every other place stays empty
            builder.put(i, (i * 7919L) % 101, i, -i);
        }
        Path file = dir.resolve("rows");
        Files.write(file, builder.file(MAGIC, 1, 42, -42));

        RowTable table = RowTable.read(file, MAGIC, 1, 2, 3);
        assertEquals(List.of(42L, -42L, (long) n / 2), List.of(table.header(0), table.header(1), (long) table.size()));
        for (int i = 0; i < n; i++) {
            long key = (i * 7919L) % 101; // about thirty rows a key: the row is found among them
            int at = table.find(key, i, -i);
            if (i % 2 == 0) {
                assertEquals(List.of(key, (long) i, (long) -i), List.of(table.key(at), table.value(at, 0), table.value(at, 1)), "row " + i);
            } else {
                assertEquals(-1, at, "place " + i + " was never put");
            }
        }
        assertEquals(-1, table.find(3, 0, 0), "a key with rows, none of them with these words");
        assertEquals(-1, table.find((2 * 7919L) % 101, 2, 2), "a row's first word, another second");
        assertEquals(-1, table.find(101, 0, 0), "a key no row has");
    }

    @Test
    void aFileOfAnotherFormCutShortOrOutOfOrderIsNoTable() throws IOException {
        RowTable.Builder builder = new RowTable.Builder(2, 2);
        builder.put(0, 5, 50);
        builder.put(1, 9, 90);
        byte[] bytes = builder.file(MAGIC, 1, 7);
        Path file = dir.resolve("rows");
        Files.write(file, bytes);
        assertEquals(2, RowTable.read(file, MAGIC, 1, 1, 2).size());

        assertNull(RowTable.read(dir.resolve("nowhere"), MAGIC, 1, 1, 2));
        assertNull(RowTable.read(file, MAGIC, 2, 1, 2), "another form");
        assertNull(RowTable.read(file, MAGIC + 1, 1, 1, 2), "another magic number");
        for (int length : new int[] {0, 7, 20, bytes.length - 1}) {
            Files.write(file, Arrays.copyOf(bytes, length));
            assertNull(RowTable.read(file, MAGIC, 1, 1, 2), length + " bytes");
        }
        byte[] unordered = bytes.clone();
        unordered[4 + 4 + 8 + 4 + 7] = 10; // the first key, 5, becomes 10: above the second
        Files.write(file, unordered);
        assertNull(RowTable.read(file, MAGIC, 1, 1, 2));
        byte[] huge = bytes.clone();
        huge[4 + 4 + 8] = 0x7f; // the count: more rows than the file holds
        Files.write(file, huge);
        assertNull(RowTable.read(file, MAGIC, 1, 1, 2));
    }
}
