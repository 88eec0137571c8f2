package org.gazette.content;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.gazette.model.Article;
import org.gazette.model.Body;
import org.gazette.model.Tag;

/**
 * One copy of the values that repeat across articles: tags, author ids, section ids. Each article
 * file is read on its own and so spells them afresh; a million articles would hold millions of
 * equal strings. Thread-safe.
 */
final class SharedValues {
    private final Map<Object, Object> values = new ConcurrentHashMap<>();

    /**
     * {@code a} with its repeated values replaced by the shared copies (equal, so the article is equal)
     * and {@code body} in place of its own (kept elsewhere): one copy of the record, not two.
     */
    Article share(Article a, Body body) {
        return new Article(a.source(), a.title(), a.published(), a.updated(), list(a.authorIds()), one(a.sectionId()),
                list(a.tags()), a.summary(), a.image(), a.slug(), a.draft(), body, a.path(), a.media(), a.aliases(),
                a.pinnedUntil(), a.rankingExcluded(), a.corrections());
    }

    /**
     * The shared copies, as a list that {@link Article}'s {@code List.copyOf} keeps as it is (a
     * stream's {@code toList()} allows nulls, so it was copied once more).
     */
    @SuppressWarnings("unchecked")
    private <T> List<T> list(List<T> items) {
        Object[] shared = new Object[items.size()];
        for (int i = 0; i < shared.length; i++) {
            shared[i] = one(items.get(i));
        }
        return (List<T>) List.of(shared);
    }

    @SuppressWarnings("unchecked")
    private <T> T one(T value) {
        if (value instanceof Tag tag) {
            value = (T) new Tag(one(tag.slug()), one(tag.name()));
        }
        return (T) values.computeIfAbsent(value, v -> v);
    }
}
