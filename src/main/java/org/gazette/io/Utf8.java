package org.gazette.io;

/**
 * Strict UTF-8 read straight from bytes, for the readers that never decode what they only copy or
 * count (access logs, article bodies): no overlongs, surrogates or code points above U+10FFFF.
 */
public final class Utf8 {
    private Utf8() {
    }

    /** Whether {@code b[from, to)} is valid UTF-8. */
    public static boolean valid(byte[] b, int from, int to) {
        int i = from;
        while (i < to) {
            int n = b[i] >= 0 ? 1 : sequence(b, i, to);
            if (n == 0) {
                return false;
            }
            i += n;
        }
        return true;
    }

    /**
     * The length of the valid character (two to four bytes) that starts with the byte past ASCII at
     * {@code b[i]} and ends by {@code to}, or 0 when there is none.
     */
    public static int sequence(byte[] b, int i, int to) {
        int c = b[i] & 0xFF;
        int n;
        int min;
        if (c >= 0xC2 && c <= 0xDF) {
            n = 1;
            min = 0x80;
        } else if (c >= 0xE0 && c <= 0xEF) {
            n = 2;
            min = 0x800;
        } else if (c >= 0xF0 && c <= 0xF4) {
            n = 3;
            min = 0x10000;
        } else {
            return 0;
        }
        if (i + n >= to) {
            return 0;
        }
        int cp = c & (0x3F >> n);
        for (int j = 1; j <= n; j++) {
            int d = b[i + j] & 0xFF;
            if ((d & 0xC0) != 0x80) {
                return 0;
            }
            cp = (cp << 6) | (d & 0x3F);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
            return 0;
        }
        return n + 1;
    }
}
