package org.gazette.content;

import java.util.Collection;
import java.util.Comparator;
import java.util.stream.Collectors;

/** "Did you mean …" hints: the closest known names to a misspelt one. */
final class Suggestions {
    private static final int SHOWN = 5;

    private Suggestions() {
    }

    /** A hint naming the closest known value (when close), then the known values. */
    static String hint(String wrong, Collection<String> known) {
        if (known.isEmpty()) {
            return null;
        }
        // A known name that starts with what was typed ("desc" → "description") beats edit distance.
        String closest = known.stream().filter(k -> wrong.length() >= 3 && k.startsWith(wrong)).findFirst()
                .orElseGet(() -> known.stream()
                        .min(Comparator.comparingInt((String k) -> distance(wrong, k)).thenComparing(k -> k))
                        .orElseThrow());
        String list = known.stream().limit(SHOWN).collect(Collectors.joining(", "))
                + (known.size() > SHOWN ? ", …" : "");
        boolean close = distance(wrong, closest) <= Math.max(2, closest.length() / 3)
                || closest.startsWith(wrong) || wrong.startsWith(closest);
        return close ? "did you mean '" + closest + "'? (known: " + list + ")" : "known: " + list;
    }

    /** Levenshtein distance, case-insensitive. */
    static int distance(String a, String b) {
        a = a.toLowerCase(java.util.Locale.ROOT);
        b = b.toLowerCase(java.util.Locale.ROOT);
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) prev[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev; prev = cur; cur = t;
        }
        return prev[b.length()];
    }
}
