package org.gazette.render.view;

import java.util.List;

/**
 * What the current page is, on every page as {@code page}; {@code pagination} only on listings;
 * {@code feeds} are the site's feeds, then the page's own (section, tag, author);
 * {@code structuredData} is the page's schema.org JSON-LD, already escaped for a
 * {@code <script type="application/ld+json">} element (print it with {@code ${page.structuredData}}),
 * or null; it is made when printed ({@link JsonLd}).
 */
public record PageView(String kind, String title, String description, String url, String canonicalUrl,
                       List<LinkView> breadcrumbs, Pagination pagination, List<FeedLinkView> feeds,
                       JsonLd structuredData) {
    public PageView {
        breadcrumbs = List.copyOf(breadcrumbs);
        feeds = List.copyOf(feeds);
    }

    public PageView(String kind, String title, String description, String url, String canonicalUrl,
                    List<LinkView> breadcrumbs, Pagination pagination, List<FeedLinkView> feeds) {
        this(kind, title, description, url, canonicalUrl, breadcrumbs, pagination, feeds, null);
    }

    /** This page with its JSON-LD. */
    public PageView withStructuredData(JsonLd json) {
        return new PageView(kind, title, description, url, canonicalUrl, breadcrumbs, pagination, feeds, json);
    }
}
