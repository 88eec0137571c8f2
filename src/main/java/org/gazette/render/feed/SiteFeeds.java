package org.gazette.render.feed;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.gazette.model.Article;
import org.gazette.model.Newsroom;
import org.gazette.output.ParallelWrites;

/**
 * Every machine-readable file of a build: each planned feed in RSS, Atom and JSON Feed, the
 * sitemap, the Google News sitemap and robots.txt. Deterministic: the same newsroom and build clock
 * give the same bytes, and no file carries the build time.
 */
public final class SiteFeeds {
    private final Newsroom newsroom;
    private final List<Feed> feeds;
    private final List<SitemapEntry> pages;
    private final FeedItems items;
    private final Sitemap sitemap;
    private final NewsSitemap newsSitemap;

    /**
     * @param feeds the feeds the pages link to ({@link FeedPlanner#feeds()})
     * @param pages the site's pages for the sitemap (the 404 page left out)
     */
    public SiteFeeds(Newsroom newsroom, List<Feed> feeds, List<SitemapEntry> pages) {
        this.newsroom = newsroom;
        this.feeds = List.copyOf(feeds);
        this.pages = List.copyOf(pages);
        this.items = new FeedItems(newsroom);
        this.sitemap = new Sitemap(items, Sitemap.MAX_URLS, Sitemap.MAX_BYTES);
        this.newsSitemap = new NewsSitemap(items, NewsSitemap.MAX_URLS);
    }

    /** Output path (relative to the site root) → bytes, in the order of the paths. */
    public Map<String, byte[]> files() {
        Map<String, byte[]> files = java.util.Collections.synchronizedMap(new TreeMap<>());
        write(files::put);
        return files;
    }

    /**
     * Hands every file to {@code sink} as soon as it is written, in parallel, so a large site never
     * holds all its feeds in memory at once; {@code sink} must be thread-safe. The sitemap, one
     * task of its own and the longest (a line for every page: 175,000 at 100,000 articles), goes
     * first, so the feeds fill the other cores meanwhile instead of waiting for it or it for them.
     */
    public void write(java.util.function.BiConsumer<String, byte[]> sink) {
        RssFeed rss = new RssFeed(items);
        AtomFeed atom = new AtomFeed(items);
        JsonFeed json = new JsonFeed(items);
        List<Article> recent = NewsSitemap.recent(newsroom);
        List<Runnable> tasks = new ArrayList<>();
        tasks.add(() -> sitemap.write(pages).forEach(sink));
        tasks.add(() -> newsSitemap.write(recent).forEach(sink));
        for (Feed feed : feeds) {
            tasks.add(() -> {
                sink.accept(feed.path(FeedFormat.RSS), rss.write(feed));
                sink.accept(feed.path(FeedFormat.ATOM), atom.write(feed));
                sink.accept(feed.path(FeedFormat.JSON), json.write(feed));
            });
        }
        ParallelWrites.forEach(tasks, Runnable::run);
        // Each sitemap's first file (the only one, or the index over its parts) is named after it.
        List<String> sitemaps = new ArrayList<>(List.of(Sitemap.NAME + ".xml"));
        if (!recent.isEmpty()) {
            sitemaps.add(NewsSitemap.NAME + ".xml");
        }
        sink.accept("robots.txt", new Robots(items).write(sitemaps).getBytes(StandardCharsets.UTF_8));
    }
}
