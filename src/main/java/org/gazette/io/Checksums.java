package org.gazette.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;

/**
 * Checksums that run as CPU instructions, and the finaliser of Gazette's fast hashes: how it tells
 * bytes and values apart without keeping them. None is cryptographic.
 */
public final class Checksums {
    private Checksums() {
    }

    /** The CRC-32 (high half) and CRC-32C (low half) of the first {@code length} of {@code bytes}. */
    public static long crcs(byte[] bytes, int length) {
        CRC32 crc = new CRC32();
        CRC32C crcC = new CRC32C();
        crc.update(bytes, 0, length);
        crcC.update(bytes, 0, length);
        return both(crc, crcC);
    }

    /** Each thread's buffer for {@link #fileHas}: a rebuild checks every page it keeps, and an array a page was gigabytes of garbage. */
    private static final ThreadLocal<ByteBuffer> BUFFERS = ThreadLocal.withInitial(() -> ByteBuffer.allocateDirect(64 * 1024));

    /**
     * Whether {@code file} holds exactly {@code length} bytes whose {@link #crcs} are {@code crcs}: read in
     * pieces through the thread's own native buffer, which the CRCs read in place.
     */
    public static boolean fileHas(Path file, long length, long crcs) throws IOException {
        CRC32 crc = new CRC32();
        CRC32C crcC = new CRC32C();
        ByteBuffer buffer = BUFFERS.get();
        long read = 0;
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            for (int n; (n = channel.read(buffer.clear())) >= 0; ) {
                read += n;
                if (read > length) {
                    return false;
                }
                crc.update(buffer.flip());
                crcC.update(buffer.rewind());
            }
        }
        return read == length && both(crc, crcC) == crcs;
    }

    private static long both(CRC32 crc, CRC32C crcC) {
        return crc.getValue() << 32 | crcC.getValue();
    }

    /** MurmurHash3's 64-bit finaliser: every input bit affects every output bit. */
    public static long mix(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }
}
