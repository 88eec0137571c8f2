package org.gazette.render.view;

import java.util.List;

/** What the current page is, on every page as {@code page}; {@code pagination} only on listings. */
public record PageView(String kind, String title, String description, String url, String canonicalUrl,
                       List<LinkView> breadcrumbs, Pagination pagination) {
    public PageView {
        breadcrumbs = List.copyOf(breadcrumbs);
    }
}
