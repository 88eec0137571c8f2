package org.gazette.ranking;

import java.util.Objects;

/**
 * One place in a list.
 *
 * @param article     the article
 * @param score       what the list is sorted by: readers for Most Read, the trending score for
 *                    Trending (0 for editor pins, which come first regardless)
 * @param explanation the numbers behind its place, for {@code rank --explain}
 */
public record Ranked(ArticleRef article, double score, String explanation) {

    public Ranked {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(explanation, "explanation");
    }
}
