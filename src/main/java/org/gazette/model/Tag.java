package org.gazette.model;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** A tag as written by an editor, and the URL-safe slug that identifies it. */
public record Tag(String slug, String name) {

    /**
     * The name readers see for each tag slug of {@code articles}: the spelling most of them use,
     * ties going to the alphabetically first. One rule for tag pages and tag feeds alike.
     */
    public static Map<String, String> displayNames(List<Article> articles) {
        Map<String, Map<String, Integer>> spellings = new TreeMap<>();
        for (Article a : articles) {
            for (Tag t : a.tags()) {
                spellings.computeIfAbsent(t.slug(), k -> new TreeMap<>()).merge(t.name(), 1, Integer::sum);
            }
        }
        Map<String, String> names = new TreeMap<>();
        spellings.forEach((slug, counts) -> {
            String best = null;
            for (Map.Entry<String, Integer> e : counts.entrySet()) {
                if (best == null || e.getValue() > counts.get(best)) {
                    best = e.getKey();
                }
            }
            names.put(slug, best);
        });
        return names;
    }
}
