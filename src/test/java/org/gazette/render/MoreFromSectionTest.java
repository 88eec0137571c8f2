package org.gazette.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.gazette.content.ContentLoader;
import org.gazette.model.Article;
import org.gazette.model.Newsroom;
import org.gazette.render.view.ArticleCard;
import org.gazette.testing.Newsrooms;
import org.junit.jupiter.api.Test;

class MoreFromSectionTest {
    @Test
    void anArticleShowsTheNewestOthersOfItsSection() throws Exception {
        Newsroom newsroom = new ContentLoader().load(Newsrooms.basic(), Newsrooms.NOW);
        SiteRenderer renderer = new SiteRenderer(newsroom, new Theme(Newsrooms.basic()), List.of(), List.of());
        int checked = 0;
        for (Article a : newsroom.published()) {
            @SuppressWarnings("unchecked")
            List<ArticleCard> more = (List<ArticleCard>) renderer.planArticle(a).get(0).variables().get("moreFromSection");
            List<String> expected = newsroom.published().stream()
                    .filter(o -> o != a && o.sectionId().equals(a.sectionId())).limit(PagePlanner.MORE_FROM_SECTION)
                    .map(o -> "/" + o.path()).toList();
            assertEquals(expected, more.stream().map(card -> card.url().substring(card.url().indexOf('/', 1))).toList(),
                    a.path());
            checked += more.isEmpty() ? 0 : 1;
        }
        assertTrue(checked > 0, "some article has others in its section");
    }
}
