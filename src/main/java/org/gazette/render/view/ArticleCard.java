package org.gazette.render.view;

import java.util.List;

/** An article as templates see it, in lists and on its own page; nullable: summary, updated, image. */
public record ArticleCard(String title, String url, String absoluteUrl, String slug, SectionView section,
                          String summary, List<AuthorView> authors, DateTimeView published, DateTimeView updated,
                          ImageView image, List<TagView> tags) {
    public ArticleCard {
        authors = List.copyOf(authors);
        tags = List.copyOf(tags);
    }
}
