package org.gazette.render;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.gazette.render.feed.SitemapEntry;
import org.gazette.render.view.ArticleCard;
import org.gazette.render.view.SectionBlock;

/**
 * The planned pages as sitemap entries. {@code lastmod} is the last real change, never the build
 * time: an article's update (else publish) time; a listing's newest change among the articles it
 * shows; the tag, author and archive indexes the newest change on the site. The 404 page and redirects are left out.
 */
public final class SitemapPages {
    private static final Set<String> SITE_WIDE = Set.of("tags", "authors", "archive");

    private SitemapPages() {
    }

    public static List<SitemapEntry> of(List<PageSpec> pages) {
        OffsetDateTime newest = pages.stream().flatMap(SitemapPages::cards).map(SitemapPages::lastChange)
                .max(Comparator.naturalOrder()).orElse(null);
        List<SitemapEntry> entries = new ArrayList<>();
        for (PageSpec page : pages) {
            if (page.page().kind().equals("404") || page.page().kind().equals("redirect")) {
                continue;
            }
            OffsetDateTime lastmod = cards(page).map(SitemapPages::lastChange).max(Comparator.naturalOrder())
                    .orElse(SITE_WIDE.contains(page.page().kind()) ? newest : null);
            entries.add(new SitemapEntry(page.page().canonicalUrl(), lastmod));
        }
        return entries;
    }

    /** The articles a page shows: on an article page only the article itself. */
    private static Stream<ArticleCard> cards(PageSpec page) {
        Object article = page.variables().get("article");
        if (article instanceof ArticleCard card) {
            return Stream.of(card);
        }
        List<Object> values = new ArrayList<>();
        values.add(page.variables().get("lead"));
        values.add(page.variables().get("latest"));
        values.add(page.variables().get("articles"));
        if (page.variables().get("sectionBlocks") instanceof List<?> blocks) {
            blocks.forEach(b -> values.add(((SectionBlock) b).articles()));
        }
        return values.stream().filter(Objects::nonNull).flatMap(v -> v instanceof List<?> list
                ? list.stream().map(ArticleCard.class::cast) : Stream.of((ArticleCard) v));
    }

    private static OffsetDateTime lastChange(ArticleCard card) {
        return OffsetDateTime.parse((card.updated() != null ? card.updated() : card.published()).iso());
    }
}
