package org.gazette.render.feed;

import java.io.ByteArrayOutputStream;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * Writes sitemaps.org {@code urlset} files, split when a file would pass its URL or byte limit:
 * {@code <name>.xml} alone, or {@code <name>.xml} as a {@code sitemapindex} over
 * {@code <name>-1.xml}, {@code <name>-2.xml}, ….
 */
final class UrlSets {
    static final String NS = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private final FeedItems items;
    private final int maxUrls;
    private final long maxBytes;

    UrlSets(FeedItems items, int maxUrls, long maxBytes) {
        if (maxUrls < 1 || maxBytes < 1) {
            throw new IllegalArgumentException("sitemap limits must be positive: " + maxUrls + " URLs, " + maxBytes + " bytes");
        }
        this.items = items;
        this.maxUrls = maxUrls;
        this.maxBytes = maxBytes;
    }

    /**
     * @param namespaces extra prefixes the urlset declares (prefix → URI)
     * @param url        writes one {@code <url>} element's children
     * @param lastmod    an entry's last change (nullable), for the index
     * @return file path → bytes, the index (or the only file) first
     */
    <T> Map<String, byte[]> write(String name, List<T> entries, Map<String, String> namespaces,
                                  BiConsumer<Xml, T> url, Function<T, OffsetDateTime> lastmod) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        if (entries.size() <= maxUrls) { // more can never be one file: not written whole to find that out
            byte[] whole = urlset(entries, namespaces, url);
            if (whole.length <= maxBytes) {
                files.put(name + ".xml", whole);
                return files;
            }
        }
        Xml index = new Xml();
        index.start("sitemapindex").namespace("", NS);
        Map<String, byte[]> parts = new LinkedHashMap<>();
        split(entries, namespaces, url, lastmod, (part, newest) -> {
            String file = name + "-" + (parts.size() + 1) + ".xml";
            parts.put(file, part);
            index.start("sitemap").element("loc", items.absolute(file))
                    .element("lastmod", newest == null ? null : newest.format(FeedItems.RFC_3339)).end();
        });
        files.put(name + ".xml", index.finish());
        files.putAll(parts);
        return files;
    }

    /**
     * Greedy: each part takes entries while it stays within both limits (at least one entry), and is
     * handed on with its newest change. Each entry is written once, in a urlset left open, and its
     * bytes go to a part between the bytes that open and close a urlset: the very bytes the part
     * written as a document of its own would have (measuring every entry first, then writing the
     * parts, wrote a 175,000-page sitemap twice). An entry larger than the byte limit by itself
     * still gets a part, its own: no page is left out of the sitemap.
     */
    private <T> void split(List<T> entries, Map<String, String> namespaces, BiConsumer<Xml, T> url,
                           Function<T, OffsetDateTime> lastmod, BiConsumer<byte[], OffsetDateTime> sink) {
        Xml open = openUrlset(namespaces);
        byte[] head = open.text("").takeWritten(); // up to the start tag's end, which the first entry writes
        Xml closing = openUrlset(namespaces);
        closing.text("").start("url").end().takeWritten();
        byte[] tail = closing.finish(); // what ends a urlset after its last entry
        ByteArrayOutputStream part = new ByteArrayOutputStream();
        part.writeBytes(head);
        int count = 0;
        OffsetDateTime newest = null;
        for (T entry : entries) {
            open.start("url");
            url.accept(open, entry);
            open.end();
            byte[] bytes = open.takeWritten();
            if (count > 0 && (count >= maxUrls || (long) part.size() + bytes.length + tail.length > maxBytes)) {
                part.writeBytes(tail);
                sink.accept(part.toByteArray(), newest);
                part.reset();
                part.writeBytes(head);
                count = 0;
                newest = null;
            }
            part.writeBytes(bytes);
            count++;
            OffsetDateTime changed = lastmod.apply(entry);
            if (changed != null && (newest == null || changed.compareTo(newest) > 0)) {
                newest = changed;
            }
        }
        if (count > 0) {
            part.writeBytes(tail);
            sink.accept(part.toByteArray(), newest);
        }
    }

    private static <T> byte[] urlset(List<T> entries, Map<String, String> namespaces, BiConsumer<Xml, T> url) {
        Xml x = openUrlset(namespaces);
        for (T entry : entries) {
            x.start("url");
            url.accept(x, entry);
            x.end();
        }
        return x.finish();
    }

    /** A document with its {@code urlset} opened, declaring the sitemap namespace and {@code namespaces}. */
    private static Xml openUrlset(Map<String, String> namespaces) {
        Xml x = new Xml();
        x.start("urlset").namespace("", NS);
        namespaces.forEach(x::namespace);
        return x;
    }
}
