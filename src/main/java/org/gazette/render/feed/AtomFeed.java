package org.gazette.render.feed;

import org.gazette.model.Article;
import org.gazette.model.Author;
import org.gazette.model.Tag;

/**
 * Atom 1.0 (RFC 4287): ids are the canonical URLs, every entry has {@code updated} (its last real
 * change) and {@code published}, the feed's {@code updated} is its newest entry's, and the publisher
 * is the feed's author so entries without a byline are still valid.
 */
final class AtomFeed {
    static final String NS = "http://www.w3.org/2005/Atom";
    private final FeedItems items;

    AtomFeed(FeedItems items) {
        this.items = items;
    }

    byte[] write(Feed feed) {
        Xml x = new Xml();
        x.start("feed").namespace("", NS).attr("xml:lang", items.site().language());
        x.element("id", items.absolute(feed.path(FeedFormat.ATOM)));
        x.start("title").attr("type", "text").text(feed.title()).end();
        x.start("subtitle").attr("type", "text").text(feed.description()).end();
        x.element("updated", items.rfc3339(items.updated(feed)));
        link(x, "alternate", "text/html", items.absolute(feed.dir()), null);
        link(x, "self", FeedFormat.ATOM.mediaType(), items.absolute(feed.path(FeedFormat.ATOM)), null);
        x.start("author").element("name", items.site().publisher().name()).element("uri", items.site().baseUrl()).end();
        x.start("generator").text("Gazette").end();
        if (items.site().publisher().logo() != null) {
            x.element("logo", items.absolute(items.site().publisher().logo().outputPath()));
        }
        for (Article a : feed.articles()) {
            entry(x, a);
        }
        return x.finish();
    }

    private void entry(Xml x, Article a) {
        String url = items.absolute(a.path());
        x.start("entry").element("id", url);
        x.start("title").attr("type", "text").text(a.title()).end();
        link(x, "alternate", "text/html", url, null);
        FeedItems.Hero hero = items.hero(a);
        if (hero != null) {
            x.empty("link").attr("rel", "enclosure").attr("type", hero.type()).attr("href", hero.url())
                    .attr("length", hero.length()).attr("title", hero.alt());
        }
        x.element("published", items.rfc3339(a.published()));
        x.element("updated", items.rfc3339(FeedItems.lastChange(a)));
        for (Author author : items.authors(a)) {
            x.start("author").element("name", author.name()).element("uri", items.authorUrl(author)).end();
        }
        for (Tag tag : a.tags()) {
            x.empty("category").attr("term", tag.slug()).attr("label", tag.name())
                    .attr("scheme", items.absolute("tags/"));
        }
        if (a.summary() != null) {
            x.start("summary").attr("type", "text").text(a.summary()).end();
        }
        if (items.site().feeds().fullContent()) {
            x.start("content").attr("type", "html").text(items.bodyHtml(a)).end();
        }
        x.end();
    }

    private static void link(Xml x, String rel, String type, String href, String title) {
        x.empty("link").attr("rel", rel).attr("type", type).attr("href", href).attr("title", title);
    }
}
