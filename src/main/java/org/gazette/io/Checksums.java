package org.gazette.io;

import java.util.zip.CRC32;
import java.util.zip.CRC32C;

/** Checksums that run as CPU instructions: how Gazette tells bytes apart without keeping them. */
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
}
