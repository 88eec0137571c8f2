package org.gazette.render.view;

import java.util.List;

/** A section's stories on the front page. */
public record SectionBlock(SectionView section, List<ArticleCard> articles) {
    public SectionBlock {
        articles = List.copyOf(articles);
    }
}
