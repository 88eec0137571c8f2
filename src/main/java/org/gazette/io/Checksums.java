package org.gazette.io;

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
