package org.gazette.render.feed;

import java.util.List;
import org.gazette.model.Article;

/**
 * One feed of the site, published in every {@link FeedFormat}.
 *
 * @param kind        {@code site}, {@code section}, {@code tag} or {@code author}
 * @param dir         the listing it belongs to, relative to the site root ({@code ""}, {@code world/},
 *                    {@code tags/harbour/}); the feed files live in it
 * @param title       the feed's title
 * @param description one sentence about it (never null)
 * @param articles    the newest articles, newest first, at most the configured number
 */
public record Feed(String kind, String dir, String title, String description, List<Article> articles) {
    public Feed {
        articles = List.copyOf(articles);
    }

    /** The path of this feed in a format, e.g. {@code world/atom.xml}. */
    public String path(FeedFormat format) {
        return dir + format.file();
    }
}
