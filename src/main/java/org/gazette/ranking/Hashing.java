package org.gazette.ranking;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import org.gazette.io.Checksums;

/** Fast 64-bit hashing of byte ranges; not cryptographic, but keyed by a per-run salt where privacy matters. */
final class Hashing {
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long P1 = 0x9E3779B97F4A7C15L;
    private static final long P2 = 0xC2B2AE3D27D4EB4FL;

    private Hashing() {
    }

    static long hash(byte[] b, int from, int to, long seed) {
        long h = seed ^ ((to - from) * P1);
        int i = from;
        for (; i + 8 <= to; i += 8) {
            long w = (long) LONGS.get(b, i);
            h = Long.rotateLeft(h ^ (w * P2), 31) * P1;
        }
        long tail = 0;
        for (int shift = 0; i < to; i++, shift += 8) {
            tail |= (b[i] & 0xFFL) << shift;
        }
        h = Long.rotateLeft(h ^ (tail * P2), 31) * P1;
        return Checksums.mix(h);
    }

    static long combine(long a, int b, int c) {
        return Checksums.mix(a ^ (b * P1) ^ Long.rotateLeft(c * P2, 29));
    }
}
