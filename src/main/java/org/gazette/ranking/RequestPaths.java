package org.gazette.ranking;

import java.nio.charset.StandardCharsets;
import org.gazette.io.Utf8;

/**
 * Turns a request target into the form article paths are indexed by: no query or fragment,
 * percent-decoded, without the site's base path, {@code index.html} or slashes at either end
 * (so {@code /news/world/a/index.html?x=1} under base {@code /news/} becomes {@code world/a}).
 * Works on bytes into a caller's buffer, so the hot loop allocates nothing. Case is kept.
 */
final class RequestPaths {
    /** The target is not under the base path, or is the base itself. */
    static final int NOT_ARTICLE = -1;
    /** Broken escapes, control characters, invalid UTF-8, dot segments, backslashes. */
    static final int HOSTILE = -2;

    private static final byte[] INDEX = "index.html".getBytes(StandardCharsets.US_ASCII);

    private final byte[] base;

    /** @param basePath the site's base path, e.g. {@code /} or {@code /news/} */
    RequestPaths(String basePath) {
        String b = basePath == null || basePath.isBlank() ? "/" : basePath.strip();
        if (!b.startsWith("/")) {
            b = "/" + b;
        }
        if (!b.endsWith("/")) {
            b = b + "/";
        }
        base = b.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Normalises {@code in[from, to)} into {@code out} (at least {@code to - from} long); returns
     * the length of the result, {@link #NOT_ARTICLE} or {@link #HOSTILE}.
     */
    int normalize(byte[] in, int from, int to, byte[] out) {
        int start = skipSchemeAndHost(in, from, to);
        if (start < 0) {
            return NOT_ARTICLE;
        }
        int end = start;
        while (end < to && in[end] != '?' && in[end] != '#') {
            end++;
        }
        if (end == start || in[start] != '/') {
            return HOSTILE;
        }
        int n = 0;
        boolean ascii = true;
        boolean dot = false;
        for (int i = start; i < end; i++) {
            int c = in[i] & 0xFF;
            if (c == '%') {
                if (i + 2 >= end) {
                    return HOSTILE;
                }
                int hi = Character.digit(in[i + 1], 16);
                int lo = Character.digit(in[i + 2], 16);
                if (hi < 0 || lo < 0) {
                    return HOSTILE;
                }
                c = hi * 16 + lo;
                i += 2;
            }
            if (c < 0x20 || c == 0x7F || c == '\\') {
                return HOSTILE;
            }
            ascii &= c < 0x80;
            dot |= c == '.';
            out[n++] = (byte) c;
        }
        if (!ascii && !Utf8.valid(out, 0, n)) {
            return HOSTILE;
        }
        if (dot && hasDotSegment(out, n)) { // most article paths have no dot at all: no second pass
            return HOSTILE;
        }
        return relative(out, n);
    }

    /** The indexed form of an article's site-relative path, or null if it has none. */
    static String key(String sitePath) {
        String p = sitePath.startsWith("/") ? sitePath : "/" + sitePath;
        byte[] in = p.getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[in.length];
        int n = new RequestPaths("/").normalize(in, 0, in.length, out);
        return n <= 0 ? null : new String(out, 0, n, StandardCharsets.UTF_8);
    }

    /** Strips base path, {@code index.html} and end slashes in place; shifts the rest to 0. */
    private int relative(byte[] out, int n) {
        if (n < base.length || !startsWith(out, n, base)) {
            return NOT_ARTICLE; // elsewhere on the host, or the base itself without its slash
        }
        int s = base.length;
        int e = n;
        if (e - s >= INDEX.length && (e - INDEX.length == s || out[e - INDEX.length - 1] == '/')
                && regionEquals(out, e - INDEX.length, INDEX)) {
            e -= INDEX.length;
        }
        while (e > s && out[e - 1] == '/') {
            e--;
        }
        while (s < e && out[s] == '/') {
            s++;
        }
        if (e <= s) {
            return NOT_ARTICLE;
        }
        System.arraycopy(out, s, out, 0, e - s);
        return e - s;
    }

    private static int skipSchemeAndHost(byte[] in, int from, int to) {
        int i = from;
        if (startsWithIgnoreCase(in, i, to, "http://")) {
            i += 7;
        } else if (startsWithIgnoreCase(in, i, to, "https://")) {
            i += 8;
        } else {
            return from;
        }
        while (i < to && in[i] != '/') {
            i++;
        }
        return i < to ? i : -1;
    }

    private static boolean hasDotSegment(byte[] b, int n) {
        int segStart = 0;
        for (int i = 0; i <= n; i++) {
            if (i == n || b[i] == '/') {
                int len = i - segStart;
                if ((len == 1 && b[segStart] == '.') || (len == 2 && b[segStart] == '.' && b[segStart + 1] == '.')) {
                    return true;
                }
                segStart = i + 1;
            }
        }
        return false;
    }

    private static boolean startsWith(byte[] b, int n, byte[] prefix) {
        return regionEquals(b, 0, prefix, Math.min(prefix.length, n));
    }

    private static boolean regionEquals(byte[] b, int at, byte[] p) {
        return regionEquals(b, at, p, p.length);
    }

    private static boolean regionEquals(byte[] b, int at, byte[] p, int len) {
        for (int i = 0; i < len; i++) {
            if (b[at + i] != p[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean startsWithIgnoreCase(byte[] b, int at, int to, String p) {
        if (to - at < p.length()) {
            return false;
        }
        for (int i = 0; i < p.length(); i++) {
            if (Character.toLowerCase((char) (b[at + i] & 0xFF)) != p.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
