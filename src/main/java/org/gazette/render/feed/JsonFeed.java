package org.gazette.render.feed;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.gazette.model.Article;
import org.gazette.model.Author;
import org.gazette.model.Tag;
import org.gazette.render.JsonTrees;

/**
 * JSON Feed 1.1 ({@code application/feed+json}): every item has {@code id}, {@code url},
 * {@code content_html} (full content) or {@code content_text} (the summary), RFC 3339 dates and
 * {@code authors} with their page's URL; the hero picture is {@code image} and an attachment.
 */
final class JsonFeed {
    static final String VERSION = "https://jsonfeed.org/version/1.1";
    /** Two-space indent and {@code \n} on every platform, arrays one item a line (copied for each feed). */
    private static final DefaultPrettyPrinter PRINTER = new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"));
    private final FeedItems items;

    JsonFeed(FeedItems items) {
        this.items = items;
    }

    byte[] write(Feed feed) {
        ObjectNode root = JsonTrees.object();
        root.put("version", VERSION);
        root.put("title", feed.title());
        root.put("home_page_url", items.absolute(feed.dir()));
        root.put("feed_url", items.absolute(feed.path(FeedFormat.JSON)));
        root.put("description", feed.description());
        root.put("language", items.site().language());
        if (items.site().publisher().logo() != null) {
            root.put("icon", items.absolute(items.site().publisher().logo().outputPath()));
        }
        ArrayNode list = root.putArray("items");
        for (Article a : feed.articles()) {
            list.add(item(a));
        }
        return JsonTrees.pretty(root, PRINTER);
    }

    private ObjectNode item(Article a) {
        String url = items.absolute(a.path());
        ObjectNode item = JsonTrees.object();
        item.put("id", url);
        item.put("url", url);
        item.put("title", a.title());
        if (items.site().feeds().fullContent()) {
            item.put("content_html", items.bodyHtml(a));
        } else {
            // The format requires content; in summary mode that is the summary, or nothing.
            item.put("content_text", a.summary() == null ? "" : a.summary());
        }
        if (a.summary() != null) {
            item.put("summary", a.summary());
        }
        FeedItems.Hero hero = items.hero(a);
        if (hero != null) {
            item.put("image", hero.url());
        }
        item.put("date_published", items.rfc3339(a.published()));
        if (a.updated() != null) {
            item.put("date_modified", items.rfc3339(a.updated()));
        }
        ArrayNode authors = item.putArray("authors");
        for (Author author : items.authors(a)) {
            authors.addObject().put("name", author.name()).put("url", items.authorUrl(author));
        }
        if (authors.isEmpty()) {
            item.remove("authors");
        }
        ArrayNode tags = item.putArray("tags");
        a.tags().stream().map(Tag::name).forEach(tags::add);
        if (hero != null) {
            ObjectNode attachment = item.putArray("attachments").addObject();
            attachment.put("url", hero.url()).put("mime_type", hero.type()).put("size_in_bytes", hero.length());
            if (hero.alt() != null) {
                attachment.put("title", hero.alt());
            }
        }
        return item;
    }
}
