package org.gazette.ranking;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What the ranking engine knows of an article; nothing of its content or templates.
 *
 * @param path        site-relative canonical path, e.g. {@code world/2023/10/12/slug/}
 * @param aliases     former site-relative paths of the same article, same form; their views count
 * @param published   when the article went online; used for age limits and ties
 * @param pinnedUntil an editor pin into Trending until then, or null
 * @param excluded    never shown in either list (e.g. corrections, notices)
 */
public record ArticleRef(String path, List<String> aliases, Instant published, Instant pinnedUntil, boolean excluded) {

    public ArticleRef {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(published, "published");
        aliases = List.copyOf(aliases);
    }

    /** An article without aliases, pin or exclusion. */
    public static ArticleRef of(String path, Instant published) {
        return new ArticleRef(path, List.of(), published, null, false);
    }

    /** Whether an editor pin holds at {@code now}. */
    public boolean pinnedAt(Instant now) {
        return pinnedUntil != null && pinnedUntil.isAfter(now);
    }
}
