package org.gazette.render.feed;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.gazette.model.Article;
import org.gazette.model.Newsroom;

/**
 * {@code news-sitemap.xml}, the Google News sitemap: the articles published in the 48 hours before
 * the build clock, at most 1,000 per file (past that an index over {@code news-sitemap-N.xml}).
 * Not written when there are none: a {@code urlset} without URLs is not valid.
 */
final class NewsSitemap {
    static final String NS = "http://www.google.com/schemas/sitemap-news/0.9";
    static final String NAME = "news-sitemap";
    static final int MAX_URLS = 1_000;
    static final Duration WINDOW = Duration.ofHours(48);
    private final FeedItems items;
    private final UrlSets sets;

    NewsSitemap(FeedItems items, int maxUrls) {
        this.items = items;
        this.sets = new UrlSets(items, maxUrls, Sitemap.MAX_BYTES);
    }

    /** The articles a news sitemap built at {@code now} lists, newest first. */
    static List<Article> recent(Newsroom newsroom) {
        Instant since = newsroom.now().minus(WINDOW);
        return newsroom.published().stream().filter(a -> !a.published().toInstant().isBefore(since)
                && !a.published().toInstant().isAfter(newsroom.now())).toList();
    }

    Map<String, byte[]> write(List<Article> articles) {
        if (articles.isEmpty()) {
            return Map.of();
        }
        String name = items.site().publisher().name();
        String language = language(items.site().language());
        return sets.write(NAME, articles, Map.of("news", NS), (x, a) -> {
            x.element("loc", items.absolute(a.path()));
            x.element("lastmod", items.rfc3339(FeedItems.lastChange(a)));
            x.start("news:news");
            x.start("news:publication").element("news:name", name).element("news:language", language).end();
            x.element("news:publication_date", items.rfc3339(a.published()));
            x.element("news:title", a.title());
            x.end();
        }, a -> FeedItems.lastChange(a).toOffsetDateTime());
    }

    /** Google wants an ISO 639 code; Chinese keeps its script variant ({@code zh-cn}, {@code zh-tw}). */
    static String language(String tag) {
        String lower = tag.toLowerCase(Locale.ROOT);
        if (lower.startsWith("zh-")) {
            return lower.equals("zh-tw") || lower.equals("zh-hant") ? "zh-tw" : "zh-cn";
        }
        int dash = lower.indexOf('-');
        return dash < 0 ? lower : lower.substring(0, dash);
    }
}
