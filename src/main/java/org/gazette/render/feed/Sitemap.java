package org.gazette.render.feed;

import java.util.List;
import java.util.Map;

/**
 * {@code sitemap.xml}: every page with its absolute URL and last real change; past the limits
 * (by default the protocol's 50,000 URLs or 50 MiB) an index over {@code sitemap-N.xml} files.
 */
final class Sitemap {
    static final int MAX_URLS = 50_000;
    static final long MAX_BYTES = 50L * 1024 * 1024;
    static final String NAME = "sitemap";
    private final UrlSets sets;

    Sitemap(FeedItems items, int maxUrls, long maxBytes) {
        this.sets = new UrlSets(items, maxUrls, maxBytes);
    }

    Map<String, byte[]> write(List<SitemapEntry> entries) {
        return sets.write(NAME, entries, Map.of(), (x, e) -> x.element("loc", e.loc())
                .element("lastmod", e.lastmod() == null ? null : e.lastmod().format(FeedItems.RFC_3339)),
                SitemapEntry::lastmod);
    }
}
