package org.gazette.render.feed;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gazette.model.Article;
import org.gazette.model.Author;
import org.gazette.model.Listings;
import org.gazette.model.Newsroom;
import org.gazette.model.Section;
import org.gazette.model.SiteSettings;
import org.gazette.render.view.FeedLinkView;

/**
 * Decides which feeds exist: one for the whole site, and one for every section, tag and author
 * that has published articles, each holding the newest {@code feeds.items} articles.
 */
public final class FeedPlanner {
    private final SiteSettings site;
    private final Map<String, Feed> byDir = new LinkedHashMap<>();

    public FeedPlanner(Newsroom newsroom, Listings listings) {
        this.site = newsroom.site();
        int items = site.feeds().items();
        String name = site.title();
        add(new Feed("site", "", name, orElse(site.description(), "The latest articles from " + name + "."),
                newest(newsroom.published(), items)));
        for (Section s : newsroom.sections()) {
            List<Article> list = listings.ofSection(s.id());
            if (!list.isEmpty()) {
                add(new Feed("section", s.id() + "/", name + " – " + s.name(),
                        orElse(s.description(), "The latest " + s.name() + " articles from " + name + "."),
                        newest(list, items)));
            }
        }
        listings.byTag().forEach((slug, list) -> {
            String tag = listings.tagNames().get(slug);
            add(new Feed("tag", "tags/" + slug + "/", name + " – " + tag,
                    "The latest articles about " + tag + " from " + name + ".", newest(list, items)));
        });
        for (Author author : newsroom.authors().stream().sorted(Comparator.comparing(Author::id)).toList()) {
            List<Article> list = listings.ofAuthor(author.id());
            if (!list.isEmpty()) {
                add(new Feed("author", "authors/" + author.id() + "/", name + " – " + author.name(),
                        orElse(author.bio(), "The latest articles by " + author.name() + " in " + name + "."),
                        newest(list, items)));
            }
        }
    }

    /** Every feed: the site's first, then sections (navigation order), tags (by slug), authors (by id). */
    public List<Feed> feeds() {
        return List.copyOf(byDir.values());
    }

    /** The feeds a page at {@code pagePath} links in its head: the site's, then the page's own listing's. */
    public List<FeedLinkView> links(String pagePath) {
        List<FeedLinkView> links = new ArrayList<>();
        addLinks(links, byDir.get(""));
        if (!pagePath.isEmpty()) {
            addLinks(links, byDir.get(listing(pagePath)));
        }
        return links;
    }

    private void addLinks(List<FeedLinkView> links, Feed feed) {
        if (feed == null) {
            return;
        }
        for (FeedFormat format : FeedFormat.values()) {
            links.add(new FeedLinkView(feed.title() + " (" + format.label() + ")", format.mediaType(),
                    site.basePath() + feed.path(format)));
        }
    }

    /** {@code world/page/2/} belongs to the listing {@code world/}. */
    private static String listing(String pagePath) {
        int page = pagePath.lastIndexOf("page/");
        return page >= 0 && pagePath.matches(".*page/\\d+/$") ? pagePath.substring(0, page) : pagePath;
    }

    private void add(Feed feed) {
        byDir.put(feed.dir(), feed);
    }

    private static List<Article> newest(List<Article> newestFirst, int items) {
        return newestFirst.subList(0, Math.min(items, newestFirst.size()));
    }

    private static String orElse(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }
}
