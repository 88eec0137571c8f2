package org.gazette.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.gazette.content.ContentLoader;
import org.gazette.model.Article;
import org.gazette.model.Newsroom;
import org.gazette.render.view.ArticleCard;
import org.gazette.testing.Newsrooms;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MoreFromSectionTest {
    @TempDir
    Path dir;

    @Test
    void anArticleShowsTheNewestOthersOfItsSection() throws Exception {
        // More politics articles than the block shows, so that the newest and older ones are both cut.
        Path root = Newsrooms.copyOfBasic(dir);
        for (int day = 1; day <= PagePlanner.MORE_FROM_SECTION + 2; day++) {
            Newsrooms.write(root, "content/articles/2022/05/extra-" + day + ".md", "---\ntitle: \"Extra " + day
                    + "\"\ndate: " + String.format("2022-05-%02d", day) + " 10:00\nauthor: bo-nielsen\nsection: politics\n---\nText " + day + ".\n");
        }
        Newsroom newsroom = new ContentLoader().load(root, Newsrooms.NOW);
        SiteRenderer renderer = new SiteRenderer(newsroom, new Theme(root), List.of(), List.of());
        int full = 0;
        for (Article a : newsroom.published()) {
            @SuppressWarnings("unchecked")
            List<ArticleCard> more = (List<ArticleCard>) renderer.planArticle(a).get(0).variables().get("moreFromSection");
            List<String> expected = newsroom.published().stream()
                    .filter(o -> o != a && o.sectionId().equals(a.sectionId())).limit(PagePlanner.MORE_FROM_SECTION)
                    .map(o -> "/" + o.path()).toList();
            assertEquals(expected, more.stream().map(card -> card.url().substring(card.url().indexOf('/', 1))).toList(),
                    a.path());
            full += more.size() == PagePlanner.MORE_FROM_SECTION ? 1 : 0;
        }
        assertTrue(full > PagePlanner.MORE_FROM_SECTION + 1, "the newest articles and older ones show a full block: " + full);
    }
}
