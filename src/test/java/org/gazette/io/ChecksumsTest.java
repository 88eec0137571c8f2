package org.gazette.io;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChecksumsTest {
    @TempDir
    Path dir;

    @Test
    void aFileHasTheBytesWhoseLengthAndCrcsAreGiven() throws IOException {
        // Larger than the 64 KB read at a time, and not a multiple of it.
        byte[] bytes = new byte[200_003];
        new Random(7).nextBytes(bytes);
        Path file = Files.write(dir.resolve("page.html"), bytes);
        long crcs = Checksums.crcs(bytes, bytes.length);

        assertTrue(Checksums.fileHas(file, bytes.length, crcs));
        assertFalse(Checksums.fileHas(file, bytes.length, crcs ^ 1L << 40), "another CRC-32");
        assertFalse(Checksums.fileHas(file, bytes.length, crcs ^ 1), "another CRC-32C");
        assertFalse(Checksums.fileHas(file, bytes.length - 1, Checksums.crcs(bytes, bytes.length - 1)), "longer than said");
        assertFalse(Checksums.fileHas(file, bytes.length + 1, crcs), "shorter than said");
        bytes[150_000] ^= 4;
        Files.write(file, bytes);
        assertFalse(Checksums.fileHas(file, bytes.length, crcs), "one bit changed past the first read");
        Files.write(file, new byte[0]);
        assertTrue(Checksums.fileHas(file, 0, Checksums.crcs(new byte[0], 0)), "empty");
        assertFalse(Checksums.fileHas(file, 0, Checksums.crcs(Arrays.copyOf(bytes, 1), 1)));
    }
}
