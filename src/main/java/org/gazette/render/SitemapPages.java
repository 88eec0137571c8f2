package org.gazette.render;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.gazette.content.Dates;
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
        return of(pages.stream().map(SitemapPages::entry).toList());
    }

    /**
     * The entries of pages made one by one ({@link #entry}, in plan order, nulls skipped): site-wide
     * pages get the newest change on the site, known once every page is seen.
     */
    public static List<SitemapEntry> of(Iterable<Entry> pages) {
        List<Entry> entries = new ArrayList<>();
        OffsetDateTime newest = null;
        for (Entry e : pages) {
            if (e != null) {
                entries.add(e);
                OffsetDateTime lastmod = e.lastmod();
                if (lastmod != null && (newest == null || lastmod.isAfter(newest))) {
                    newest = lastmod;
                }
            }
        }
        OffsetDateTime siteNewest = newest;
        // Made as they are read: a million pages' entries would otherwise be held twice.
        return new AbstractList<>() {
            @Override
            public SitemapEntry get(int i) {
                Entry e = entries.get(i);
                OffsetDateTime lastmod = e.lastmod();
                return new SitemapEntry(e.url(), lastmod == null && e.siteWide() ? siteNewest : lastmod);
            }

            @Override
            public int size() {
                return entries.size();
            }
        };
    }

    /**
     * One page's entry before the site's newest change is known. The change is held as its second
     * and offset, not an OffsetDateTime: every page of a large site keeps one until the sitemap is
     * written (a million pages, 140 MB less).
     */
    public record Entry(String url, long lastmodSecond, int lastmodOffset, boolean siteWide) {
        private static final int NONE = Integer.MIN_VALUE;

        static Entry of(String url, OffsetDateTime lastmod, boolean siteWide) {
            return lastmod == null ? new Entry(url, 0, NONE, siteWide)
                    : new Entry(url, lastmod.toEpochSecond(), lastmod.getOffset().getTotalSeconds(), siteWide);
        }

        /** The last change (to the second, as the views write it), or null. */
        public OffsetDateTime lastmod() {
            return lastmodOffset == NONE ? null : OffsetDateTime.ofInstant(Instant.ofEpochSecond(lastmodSecond),
                    ZoneOffset.ofTotalSeconds(lastmodOffset));
        }
    }

    /** The entry of one page, or null for pages left out of sitemaps (404, redirects). */
    public static Entry entry(PageSpec page) {
        String kind = page.page().kind();
        if (kind.equals("404") || kind.equals("redirect")) {
            return null;
        }
        OffsetDateTime lastmod = cards(page).map(SitemapPages::lastChange).max(Comparator.naturalOrder()).orElse(null);
        return Entry.of(page.page().canonicalUrl(), lastmod, SITE_WIDE.contains(kind));
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
        String iso = (card.updated() != null ? card.updated() : card.published()).iso();
        // The views write the common form: DateTimeFormatter's general parser was 4% of rendering.
        OffsetDateTime common = Dates.isoWithOffset(iso);
        return common != null ? common : OffsetDateTime.parse(iso);
    }
}
