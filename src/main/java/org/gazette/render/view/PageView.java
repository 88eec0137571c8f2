package org.gazette.render.view;

import java.util.List;

/**
 * What the current page is, on every page as {@code page}; {@code pagination} only on listings;
 * {@code feeds} are the site's feeds, then the page's own (section, tag, author).
 */
public record PageView(String kind, String title, String description, String url, String canonicalUrl,
                       List<LinkView> breadcrumbs, Pagination pagination, List<FeedLinkView> feeds) {
    public PageView {
        breadcrumbs = List.copyOf(breadcrumbs);
        feeds = List.copyOf(feeds);
    }
}
