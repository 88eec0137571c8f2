package org.gazette.render.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The pager's window shows what walking over every page would show, without the walk. */
class PaginationTest {
    @Test
    void windowMatchesTheRuleForEveryPageOfEveryLength() {
        for (int total = 1; total <= 40; total++) {
            List<LinkView> pages = new ArrayList<>();
            for (int n = 1; n <= total; n++) {
                pages.add(new LinkView(Integer.toString(n), "/p/" + n + "/"));
            }
            for (int number = 1; number <= total; number++) {
                assertEquals(byWalkingEveryPage(number, total), Pagination.of(number, pages).window(),
                        "page " + number + " of " + total);
            }
        }
    }

    @Test
    void everyPageOfAListingSharesOneLinkListNotACopyEach() {
        org.gazette.model.Newsroom newsroom = new org.gazette.content.ContentLoader().load(
                org.gazette.testing.Newsrooms.basic(), org.gazette.testing.Newsrooms.NOW);
        List<Pagination> world = new org.gazette.render.SiteRenderer(newsroom,
                new org.gazette.render.Theme(org.gazette.testing.Newsrooms.basic()), List.of(), List.of()).plan().stream()
                .map(spec -> spec.page().pagination())
                .filter(p -> p != null && p.pages().get(0).url().endsWith("/world/"))
                .toList();
        assertTrue(world.size() >= 2, "the fixture's world section has several pages");
        // A copy per page would cost the square of the page count for a listing of thousands of pages.
        world.forEach(p -> assertSame(world.get(0).pages(), p.pages()));
    }

    @Test
    void previousAndNextAreNullAtTheEnds() {
        List<LinkView> pages = List.of(new LinkView("1", "/a/"), new LinkView("2", "/a/page/2/"));
        assertEquals(Arrays.asList(null, "/a/page/2/"), Arrays.asList(Pagination.of(1, pages).previousUrl(),
                Pagination.of(1, pages).nextUrl()));
        assertEquals(Arrays.asList("/a/", null), Arrays.asList(Pagination.of(2, pages).previousUrl(),
                Pagination.of(2, pages).nextUrl()));
    }

    /** The pager's rule as the theme once applied it to every page: first, last, current ±2, a gap at distance 3. */
    private static List<PagerItem> byWalkingEveryPage(int number, int total) {
        List<PagerItem> out = new ArrayList<>();
        for (int n = 1; n <= total; n++) {
            if (n == 1 || n == total || Math.abs(n - number) <= 2) {
                out.add(new PagerItem(n, "/p/" + n + "/"));
            } else if (Math.abs(n - number) == 3) {
                out.add(new PagerItem(0, null));
            }
        }
        return out;
    }
}
