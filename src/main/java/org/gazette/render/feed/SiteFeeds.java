package org.gazette.render.feed;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gazette.model.Newsroom;

/**
 * Every machine-readable file of a build: each planned feed in RSS, Atom and JSON Feed, the
 * sitemap, the Google News sitemap and robots.txt. Deterministic: the same newsroom and build clock
 * give the same bytes, and no file carries the build time.
 */
public final class SiteFeeds {
    private final Newsroom newsroom;
    private final List<SitemapEntry> pages;
    private final FeedItems items;
    private final Sitemap sitemap;
    private final NewsSitemap newsSitemap;

    /** @param pages the site's pages for the sitemap (the 404 page left out) */
    public SiteFeeds(Newsroom newsroom, List<SitemapEntry> pages) {
        this(newsroom, pages, Sitemap.MAX_URLS, Sitemap.MAX_BYTES, NewsSitemap.MAX_URLS);
    }

    /** With other split limits than the protocols' (for tests). */
    public SiteFeeds(Newsroom newsroom, List<SitemapEntry> pages, int maxUrls, long maxBytes, int maxNewsUrls) {
        this.newsroom = newsroom;
        this.pages = List.copyOf(pages);
        this.items = new FeedItems(newsroom);
        this.sitemap = new Sitemap(items, maxUrls, maxBytes);
        this.newsSitemap = new NewsSitemap(items, maxNewsUrls);
    }

    /** Output path (relative to the site root) → bytes, in a stable order. */
    public Map<String, byte[]> files() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        RssFeed rss = new RssFeed(items);
        AtomFeed atom = new AtomFeed(items);
        JsonFeed json = new JsonFeed(items);
        for (Feed feed : new FeedPlanner(newsroom).feeds()) {
            files.put(feed.path(FeedFormat.RSS), rss.write(feed));
            files.put(feed.path(FeedFormat.ATOM), atom.write(feed));
            files.put(feed.path(FeedFormat.JSON), json.write(feed));
        }
        List<String> sitemaps = new ArrayList<>();
        Map<String, byte[]> site = sitemap.write(pages);
        sitemaps.add(site.keySet().iterator().next());
        files.putAll(site);
        Map<String, byte[]> news = newsSitemap.write(NewsSitemap.recent(newsroom));
        if (!news.isEmpty()) {
            sitemaps.add(news.keySet().iterator().next());
            files.putAll(news);
        }
        files.put("robots.txt", new Robots(items).write(sitemaps).getBytes(StandardCharsets.UTF_8));
        return files;
    }
}
