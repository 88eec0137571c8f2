package org.gazette.ranking;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Finds any crawler pattern in a user agent, ASCII case-insensitively, in one pass: an
 * Aho–Corasick automaton compiled to a dense table over the few byte classes the patterns use,
 * so a user agent costs one table step per byte however many patterns there are. Immutable and
 * thread-safe; build it once.
 */
final class CrawlerMatcher {
    /** The maintained list shipped in the jar. */
    static final String RESOURCE = "/gazette/ranking/crawlers.txt";

    private final int[] byteClass = new int[256];
    private final int classes;
    private final int[] next;
    private final boolean[] accepts;
    private final int patternCount;

    CrawlerMatcher(List<String> patterns) {
        List<byte[]> ps = new ArrayList<>();
        for (String p : patterns) {
            String t = p.strip().toLowerCase(Locale.ROOT);
            if (!t.isEmpty()) {
                ps.add(t.getBytes(StandardCharsets.UTF_8));
            }
        }
        patternCount = ps.size();
        int c = 1; // class 0: bytes in no pattern, which send the automaton back to the root
        for (byte[] p : ps) {
            for (byte b : p) {
                if (byteClass[b & 0xFF] == 0) {
                    byteClass[b & 0xFF] = c++;
                }
            }
        }
        for (int u = 'A'; u <= 'Z'; u++) {
            byteClass[u] = byteClass[u + 32];
        }
        classes = c;
        // Trie: goto[state * classes + class], -1 for missing.
        List<int[]> rows = new ArrayList<>();
        List<Boolean> out = new ArrayList<>();
        rows.add(newRow());
        out.add(false);
        for (byte[] p : ps) {
            int s = 0;
            for (byte b : p) {
                int cl = byteClass[b & 0xFF];
                if (rows.get(s)[cl] < 0) {
                    rows.add(newRow());
                    out.add(false);
                    rows.get(s)[cl] = rows.size() - 1;
                }
                s = rows.get(s)[cl];
            }
            out.set(s, true);
        }
        int n = rows.size();
        next = new int[n * classes];
        accepts = new boolean[n];
        int[] fail = new int[n];
        for (int s = 0; s < n; s++) {
            accepts[s] = out.get(s);
        }
        // Breadth-first: complete every missing transition through the failure links.
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        for (int cl = 0; cl < classes; cl++) {
            int t = rows.get(0)[cl];
            next[cl] = t < 0 ? 0 : t;
            if (t > 0) {
                fail[t] = 0;
                queue.add(t);
            }
        }
        while (!queue.isEmpty()) {
            int s = queue.poll();
            accepts[s] |= accepts[fail[s]];
            for (int cl = 0; cl < classes; cl++) {
                int t = rows.get(s)[cl];
                if (t < 0) {
                    next[s * classes + cl] = next[fail[s] * classes + cl];
                } else {
                    next[s * classes + cl] = t;
                    fail[t] = next[fail[s] * classes + cl];
                    queue.add(t);
                }
            }
        }
    }

    /** The shipped list. */
    static CrawlerMatcher shipped() {
        try (InputStream in = CrawlerMatcher.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return new CrawlerMatcher(readPatterns(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Lines of a pattern list, without blanks and {@code #} comments. */
    static List<String> readPatterns(InputStream in) throws IOException {
        List<String> ps = new ArrayList<>();
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (String line; (line = r.readLine()) != null; ) {
            String t = line.strip();
            if (!t.isEmpty() && !t.startsWith("#")) {
                ps.add(t);
            }
        }
        return ps;
    }

    int patternCount() {
        return patternCount;
    }

    /** Whether any pattern occurs in {@code b[from, to)}, ignoring ASCII case. */
    boolean matches(byte[] b, int from, int to) {
        int s = 0;
        for (int i = from; i < to; i++) {
            s = next[s * classes + byteClass[b[i] & 0xFF]];
            if (accepts[s]) {
                return true;
            }
        }
        return false;
    }

    boolean matches(String userAgent) {
        byte[] b = userAgent.getBytes(StandardCharsets.UTF_8);
        return matches(b, 0, b.length);
    }

    private int[] newRow() {
        int[] r = new int[classes];
        java.util.Arrays.fill(r, -1);
        return r;
    }
}
