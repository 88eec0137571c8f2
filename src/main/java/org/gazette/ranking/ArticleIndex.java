package org.gazette.ranking;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Article lookup by normalised path bytes, canonical paths and aliases alike, without creating a
 * String per log line. Ids are dense, in the order articles were given. Immutable once built.
 */
final class ArticleIndex {
    private final List<ArticleRef> articles = new ArrayList<>();
    private final byte[][] keys;
    private final int[] ids;
    private final int mask;

    /** @throws ReadershipException when two articles claim the same path */
    ArticleIndex(Collection<ArticleRef> refs) {
        Map<String, Integer> byKey = new HashMap<>();
        for (ArticleRef a : refs) {
            int id = articles.size();
            articles.add(a);
            List<String> paths = new ArrayList<>(a.aliases());
            paths.add(0, a.path());
            for (String p : paths) {
                String k = RequestPaths.key(p);
                if (k == null) {
                    continue;
                }
                Integer prev = byKey.putIfAbsent(k, id);
                if (prev != null && prev != id) {
                    throw new ReadershipException("two articles answer to the same path " + p + ": "
                            + articles.get(prev).path() + " and " + a.path());
                }
            }
        }
        int cap = Integer.highestOneBit(Math.max(16, byKey.size() * 2)) << 1;
        keys = new byte[cap][];
        ids = new int[cap];
        mask = cap - 1;
        for (Map.Entry<String, Integer> e : byKey.entrySet()) {
            byte[] k = e.getKey().getBytes(StandardCharsets.UTF_8);
            int i = slot(k, 0, k.length);
            keys[i] = k;
            ids[i] = e.getValue();
        }
    }

    /** The id of the article at {@code b[0, len)} (normalised form), or -1. */
    int find(byte[] b, int len) {
        int i = slot(b, 0, len);
        return keys[i] == null ? -1 : ids[i];
    }

    /** The id of the article at a site path in any accepted form, or -1. */
    int find(String sitePath) {
        String k = RequestPaths.key(sitePath);
        if (k == null) {
            return -1;
        }
        byte[] b = k.getBytes(StandardCharsets.UTF_8);
        return find(b, b.length);
    }

    ArticleRef article(int id) {
        return articles.get(id);
    }

    int size() {
        return articles.size();
    }

    private int slot(byte[] b, int from, int len) {
        int i = (int) Hashing.hash(b, from, from + len, 0x5EED) & mask;
        while (keys[i] != null && !Arrays.equals(keys[i], 0, keys[i].length, b, from, from + len)) {
            i = (i + 1) & mask;
        }
        return i;
    }
}
