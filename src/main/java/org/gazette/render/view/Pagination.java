package org.gazette.render.view;

import java.util.List;

/** Position in a paginated listing; the previous/next URLs are null at the ends. */
public record Pagination(int number, int total, String previousUrl, String nextUrl, List<LinkView> pages) {
    public Pagination {
        pages = List.copyOf(pages);
    }
}
