package org.gazette.render.feed;

import org.gazette.model.Article;
import org.gazette.model.Author;
import org.gazette.model.Tag;

/**
 * RSS 2.0, with Dublin Core {@code dc:creator} per author, {@code content:encoded} for the full
 * body, Media RSS {@code media:content} plus an {@code enclosure} for the hero picture, and an
 * {@code atom:link rel="self"}.
 */
final class RssFeed {
    private final FeedItems items;

    RssFeed(FeedItems items) {
        this.items = items;
    }

    byte[] write(Feed feed) {
        Xml x = new Xml();
        x.start("rss").attr("version", "2.0")
                .namespace("atom", "http://www.w3.org/2005/Atom")
                .namespace("content", "http://purl.org/rss/1.0/modules/content/")
                .namespace("dc", "http://purl.org/dc/elements/1.1/")
                .namespace("media", "http://search.yahoo.com/mrss/");
        x.start("channel")
                .element("title", feed.title())
                .element("link", items.absolute(feed.dir()))
                .element("description", feed.description())
                .element("language", items.site().language());
        x.empty("atom:link").attr("href", items.absolute(feed.path(FeedFormat.RSS))).attr("rel", "self")
                .attr("type", FeedFormat.RSS.mediaType());
        String updated = items.rfc822(items.updated(feed));
        x.element("pubDate", updated).element("lastBuildDate", updated).element("generator", "Gazette");
        for (Article a : feed.articles()) {
            item(x, a);
        }
        return x.end().end().finish();
    }

    private void item(Xml x, Article a) {
        String url = items.absolute(a.path());
        x.start("item")
                .element("title", a.title())
                .element("link", url);
        x.start("guid").attr("isPermaLink", "true").text(url).end();
        x.element("pubDate", items.rfc822(a.published()));
        for (Author author : items.authors(a)) {
            x.element("dc:creator", author.name());
        }
        for (Tag tag : a.tags()) {
            x.start("category").attr("domain", items.absolute("tags/" + tag.slug() + "/")).text(tag.name()).end();
        }
        x.element("description", a.summary());
        if (items.site().feeds().fullContent()) {
            x.element("content:encoded", items.bodyHtml(a));
        }
        FeedItems.Hero hero = items.hero(a);
        if (hero != null) {
            x.empty("enclosure").attr("url", hero.url()).attr("length", hero.length()).attr("type", hero.type());
            x.start("media:content").attr("url", hero.url()).attr("medium", "image").attr("type", hero.type())
                    .attr("fileSize", hero.length());
            if (hero.width() > 0 && hero.height() > 0) {
                x.attr("width", hero.width()).attr("height", hero.height());
            }
            x.element("media:title", hero.alt());
            x.element("media:description", hero.caption());
            x.element("media:credit", hero.credit());
            x.end();
        }
        x.end();
    }
}
