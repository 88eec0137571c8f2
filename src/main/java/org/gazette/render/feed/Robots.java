package org.gazette.render.feed;

import java.util.List;

/**
 * {@code robots.txt}: allows every crawler and names the sitemaps by absolute URL. Crawlers read
 * it only at the root of a host, so with a base path ({@code https://example.org/news/}) it has to
 * be merged into the host's own robots.txt.
 */
final class Robots {
    private final FeedItems items;

    Robots(FeedItems items) {
        this.items = items;
    }

    /** @param sitemaps the sitemap files (relative to the site root) to announce */
    String write(List<String> sitemaps) {
        StringBuilder b = new StringBuilder("User-agent: *\nDisallow:\n\n");
        for (String sitemap : sitemaps) {
            b.append("Sitemap: ").append(items.absolute(sitemap)).append('\n');
        }
        return b.toString();
    }
}
