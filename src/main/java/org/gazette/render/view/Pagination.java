package org.gazette.render.view;

import java.util.ArrayList;
import java.util.List;

/**
 * Position in a paginated listing; the previous/next URLs are null at the ends. {@code pages} links
 * every page; {@code window} is what a pager shows: the first and last page, the current one ±2,
 * and a gap beside a skipped run. A theme should list {@code window}: listing all of {@code pages}
 * on every page costs the square of the page count (a section of a million-article site has
 * thousands of pages).
 */
public record Pagination(int number, int total, String previousUrl, String nextUrl, List<LinkView> pages,
                         List<PagerItem> window) {
    static final int AROUND = 2;

    public Pagination {
        pages = List.copyOf(pages);
        window = List.copyOf(window);
    }

    /** Page {@code number} of the listing whose pages are {@code pages} (in order, the first is page 1). */
    public static Pagination of(int number, List<LinkView> pages) {
        int total = pages.size();
        return new Pagination(number, total, number > 1 ? pages.get(number - 2).url() : null,
                number < total ? pages.get(number).url() : null, pages, window(number, pages));
    }

    private static List<PagerItem> window(int number, List<LinkView> pages) {
        int total = pages.size();
        List<PagerItem> out = new ArrayList<>();
        // Only the first, the last and those near the current page can show: never a walk over all pages.
        int from = Math.max(2, number - AROUND - 1);
        int to = Math.min(total - 1, number + AROUND + 1);
        add(out, 1, number, pages);
        for (int n = from; n <= to; n++) {
            add(out, n, number, pages);
        }
        if (total > 1) {
            add(out, total, number, pages);
        }
        return out;
    }

    private static void add(List<PagerItem> out, int n, int number, List<LinkView> pages) {
        int distance = Math.abs(n - number);
        if (n == 1 || n == pages.size() || distance <= AROUND) {
            out.add(new PagerItem(n, pages.get(n - 1).url()));
        } else if (distance == AROUND + 1) {
            out.add(PagerItem.GAP);
        }
    }
}
