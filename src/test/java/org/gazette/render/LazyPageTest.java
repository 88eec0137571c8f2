package org.gazette.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.gazette.content.ContentLoader;
import org.gazette.model.Article;
import org.gazette.model.Newsroom;
import org.gazette.testing.Newsrooms;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LazyPageTest {
    @TempDir
    Path dir;

    @Test
    void ordersNewestFirstAndTiesInPlanOrder() {
        List<LazyPage> pages = List.of(page(5), page(Long.MAX_VALUE), page(7), page(5), page(1), page(Long.MAX_VALUE));
        assertArrayEquals(new int[] {1, 5, 2, 0, 3, 4}, LazyPage.newestFirst(pages));
    }

    @Test
    void aPageIsDatedByTheNewestArticleItShows() throws Exception {
        Path root = Newsrooms.copyOfBasic(dir);
        Path budget = root.resolve("content/articles/2023/01/city-budget-agreed.md");
        Files.writeString(budget, Files.readString(budget).replaceFirst("---\n", "---\naliases: [/old/budget/]\n"));
        Newsroom newsroom = new ContentLoader().load(root, Newsrooms.NOW);
        List<LazyPage> plan = new SiteRenderer(newsroom, new Theme(root), List.of(), List.of()).lazyPlan();
        List<String> checked = new ArrayList<>();
        for (LazyPage lazy : plan) {
            PageSpec page = lazy.get();
            String kind = page.page().kind();
            Object shown = page.variables().get(kind.equals("article") ? "article" : kind.equals("redirect") ? "target" : "articles");
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
        // Article pages, a former URL's redirect and every kind of listing were checked.
        assertEquals(List.of("archive", "article", "author", "redirect", "section", "tag"),
                checked.stream().distinct().sorted().toList());
    }

    private static LazyPage page(long newest) {
        return new LazyPage(newest, () -> null);
    }
}
