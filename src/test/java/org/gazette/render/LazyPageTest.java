package org.gazette.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.gazette.content.ContentLoader;
import org.gazette.model.Article;
import org.gazette.model.Newsroom;
import org.gazette.testing.Newsrooms;
import org.junit.jupiter.api.Test;

class LazyPageTest {
    @Test
    void ordersNewestFirstAndTiesInPlanOrder() {
        List<LazyPage> pages = List.of(page(5), page(Long.MAX_VALUE), page(7), page(5), page(1), page(Long.MAX_VALUE));
        assertArrayEquals(new int[] {1, 5, 2, 0, 3, 4}, LazyPage.newestFirst(pages));
    }

    @Test
    void aPageIsDatedByTheNewestArticleItShows() throws Exception {
        Newsroom newsroom = new ContentLoader().load(Newsrooms.basic(), Newsrooms.NOW);
        List<LazyPage> plan = new SiteRenderer(newsroom, new Theme(Newsrooms.basic()), List.of(), List.of()).lazyPlan();
        List<String> checked = new ArrayList<>();
        for (LazyPage lazy : plan) {
            PageSpec page = lazy.get();
            Object shown = page.variables().get(page.page().kind().equals("article") ? "article" : "articles");
            String url = shown instanceof org.gazette.render.view.ArticleCard card ? card.url()
                    : shown instanceof List<?> list && !list.isEmpty() ? ((org.gazette.render.view.ArticleCard) list.get(0)).url()
                    : null;
            if (url == null) {
                assertEquals(Long.MAX_VALUE, lazy.newest(), page.path());
                continue;
            }
            Article newest = newsroom.published().stream()
                    .filter(a -> url.endsWith("/" + a.path()))
                    .findFirst().orElseThrow();
            assertEquals(newest.published().toEpochSecond(), lazy.newest(), page.path());
            checked.add(page.page().kind());
        }
        // Article pages and every kind of listing were checked.
        assertEquals(List.of("archive", "article", "author", "section", "tag"), checked.stream().distinct().sorted().toList());
    }

    private static LazyPage page(long newest) {
        return new LazyPage(newest, () -> null);
    }
}
