package org.gazette.render.view;

import java.util.List;

/**
 * An article as templates see it, in lists and on its own page; nullable: summary, updated, image.
 * {@code status} is {@code published}, or {@code draft} / {@code scheduled} in a preview that shows
 * those ({@code gazette serve --drafts --future}); a build only ever publishes {@code published}.
 * {@code corrections} are the article's correction notes, oldest first.
 */
public record ArticleCard(String title, String url, String absoluteUrl, String slug, SectionView section,
                          String summary, List<AuthorView> authors, DateTimeView published, DateTimeView updated,
                          ImageView image, List<TagView> tags, String status,
                          List<CorrectionView> corrections) {
    public ArticleCard {
        authors = List.copyOf(authors);
        tags = List.copyOf(tags);
        corrections = List.copyOf(corrections);
    }
}
