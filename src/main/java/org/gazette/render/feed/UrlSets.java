package org.gazette.render.feed;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
        List<List<T>> chunks = chunks(entries, namespaces, url);
        Xml index = new Xml();
        index.start("sitemapindex").namespace("", NS);
        Map<String, byte[]> parts = new LinkedHashMap<>();
        for (int i = 0; i < chunks.size(); i++) {
            String file = name + "-" + (i + 1) + ".xml";
            parts.put(file, urlset(chunks.get(i), namespaces, url));
            OffsetDateTime newest = chunks.get(i).stream().map(lastmod).filter(Objects::nonNull)
                    .max(Comparator.naturalOrder()).orElse(null);
            index.start("sitemap").element("loc", items.absolute(file))
                    .element("lastmod", newest == null ? null : newest.format(FeedItems.RFC_3339)).end();
        }
        files.put(name + ".xml", index.finish());
        files.putAll(parts);
        return files;
    }

    /** Greedy: each chunk takes entries while it stays within both limits (at least one entry). */
    private <T> List<List<T>> chunks(List<T> entries, Map<String, String> namespaces, BiConsumer<Xml, T> url) {
        long base = urlset(List.of(), namespaces, url).length;
        List<List<T>> chunks = new ArrayList<>();
        List<T> chunk = new ArrayList<>();
        long size = base;
        // Each entry is measured in one open urlset (a document of its own for each was most of a
        // 175,000-page sitemap's time), its bytes dropped once counted.
        Xml probe = openUrlset(namespaces);
        probe.text("").dropWritten(); // closes the start tag, which is not the first entry's
        for (T entry : entries) {
            probe.start("url");
            url.accept(probe, entry);
            probe.end();
            // The entry's own bytes (plus one line break: a slight over-estimate, never under).
            long entrySize = probe.dropWritten() + 1;
            if (!chunk.isEmpty() && (chunk.size() >= maxUrls || size + entrySize > maxBytes)) {
                chunks.add(chunk);
                chunk = new ArrayList<>();
                size = base;
            }
            chunk.add(entry);
            size += entrySize;
        }
        if (!chunk.isEmpty()) {
            chunks.add(chunk);
        }
        return chunks;
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
