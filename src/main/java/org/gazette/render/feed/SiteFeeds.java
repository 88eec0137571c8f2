package org.gazette.render.feed;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.gazette.model.Article;
import org.gazette.model.Newsroom;
import org.gazette.output.ParallelWrites;
import org.gazette.render.PageFingerprint;

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

    /**
     * Where the files go. A feed comes with the fingerprint of everything its files are made from, so a
     * rebuild can keep a published feed whose inputs did not change instead of writing it again; the
     * sitemaps and robots.txt, which list every page or depend on the clock, are always written.
     * Called from several threads at once. A sink of {@link #write} alone writes every file.
     */
    public interface Sink {
        /** A file written every time (a sitemap, robots.txt), and by default every feed's. */
        void write(String path, byte[] bytes);

        /** Whether {@link #feed} is given fingerprints: a walk over every feed's articles, for nothing when no feed can be kept. */
        default boolean fingerprints() {
            return false;
        }

        /**
         * A feed's file, made from what {@code inputs} fingerprints (null when {@link #fingerprints} is
         * false): {@code bytes} makes it, unless the sink keeps the published file.
         */
        default void feed(String path, PageFingerprint inputs, Supplier<byte[]> bytes) {
            write(path, bytes.get());
        }
    }

    /** Output path (relative to the site root) → bytes, in the order of the paths. */
    public Map<String, byte[]> files() {
        Map<String, byte[]> files = java.util.Collections.synchronizedMap(new TreeMap<>());
        write(files::put);
        return files;
    }

    /**
     * Hands every file to {@code sink} as soon as it is made, in parallel, so a large site never
     * holds all its feeds in memory at once. The sitemap, one
     * task of its own and the longest (a line for every page: 175,000 at 100,000 articles), goes
     * first, so the feeds fill the other cores meanwhile instead of waiting for it or it for them.
     */
    public void write(Sink sink) {
        List<Article> recent = NewsSitemap.recent(newsroom);
        List<Runnable> tasks = new ArrayList<>();
        tasks.add(() -> sitemap.write(pages).forEach(sink::write));
        tasks.add(() -> newsSitemap.write(recent).forEach(sink::write));
        tasks.addAll(feedTasks(sink));
        ParallelWrites.forEach(tasks, Runnable::run);
        // Each sitemap's first file (the only one, or the index over its parts) is named after it.
        List<String> sitemaps = new ArrayList<>(List.of(Sitemap.NAME + ".xml"));
        if (!recent.isEmpty()) {
            sitemaps.add(NewsSitemap.NAME + ".xml");
        }
        sink.write("robots.txt", new Robots(items).write(sitemaps).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Hands the feeds alone to {@code sink}: {@code gazette rank}, which changes no feed, keeps them
     * and their records with the pages'.
     */
    public void writeFeeds(Sink sink) {
        ParallelWrites.forEach(feedTasks(sink), Runnable::run);
    }

    /** One task a feed: its files in every format. */
    private List<Runnable> feedTasks(Sink sink) {
        RssFeed rss = new RssFeed(items);
        AtomFeed atom = new AtomFeed(items);
        JsonFeed json = new JsonFeed(items);
        List<Runnable> tasks = new ArrayList<>();
        for (Feed feed : feeds) {
            tasks.add(() -> {
                PageFingerprint inputs = sink.fingerprints() ? items.fingerprint(feed) : null;
                sink.feed(feed.path(FeedFormat.RSS), inputs, () -> rss.write(feed));
                sink.feed(feed.path(FeedFormat.ATOM), inputs, () -> atom.write(feed));
                sink.feed(feed.path(FeedFormat.JSON), inputs, () -> json.write(feed));
            });
        }
        return tasks;
    }
}
