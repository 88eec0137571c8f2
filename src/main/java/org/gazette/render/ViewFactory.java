package org.gazette.render;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.gazette.images.ImagePlan;
import org.gazette.images.ProcessedImage;
import org.gazette.images.Rendition;
import org.gazette.model.Article;
import org.gazette.model.Author;
import org.gazette.model.Image;
import org.gazette.model.Listings;
import org.gazette.model.Newsroom;
import org.gazette.model.Section;
import org.gazette.model.SiteSettings;
import org.gazette.render.view.ArticleCard;
import org.gazette.render.view.AuthorView;
import org.gazette.render.view.CorrectionView;
import org.gazette.render.view.CropView;
import org.gazette.render.view.DateTimeView;
import org.gazette.render.view.ImageView;
import org.gazette.render.view.LinkView;
import org.gazette.render.view.PublisherView;
import org.gazette.render.view.SectionView;
import org.gazette.render.view.SiteView;
import org.gazette.render.view.TagView;

/** Builds the template views of one newsroom, each once: an article's card is shared by every list it is in. */
final class ViewFactory {
    /** Seconds always, no fractions: the form schema.org, feeds and {@code <time>} all accept. */
    static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx", java.util.Locale.ROOT);
    private final SiteSettings settings;
    private final java.time.Instant now;
    private final SitePaths paths;
    private final DateTimeFormatter displayFormat;
    private final DateTimeFormatter dateFormat;
    private final DateTimeFormatter zoneFormat;
    private final Map<String, SectionView> sections = new HashMap<>();
    private final Map<String, AuthorView> authors = new TreeMap<>();
    private final Map<String, TagView> tags;
    private final BoundedCache<String, ArticleCard> cards = new BoundedCache<>(20_000);
    private final SiteView site;
    private final ImagePlan images;

    ViewFactory(Newsroom newsroom, Listings listings, ImagePlan images) {
        this.images = images;
        settings = newsroom.site();
        now = newsroom.now();
        paths = SitePaths.of(settings);
        displayFormat = DateTimeFormatter.ofPattern(settings.dateFormat(), settings.locale());
        dateFormat = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(settings.locale());
        zoneFormat = DateTimeFormatter.ofPattern("zzz", settings.locale());
        for (Section s : newsroom.sections()) {
            sections.put(s.id(), new SectionView(s.id(), s.name(), s.description(), paths.url(s.id() + "/")));
        }
        for (Author a : newsroom.authors()) {
            authors.put(a.id(), new AuthorView(a.id(), a.name(), a.bio(), paths.url(PagePaths.author(a.id())),
                    image(a.photo()), a.links().stream().map(l -> new LinkView(l.name(), l.url())).toList(),
                    listings.ofAuthor(a.id()).size()));
        }
        tags = tagViews(listings);
        site = new SiteView(settings.title(), settings.description(), settings.baseUrl(), paths.url(""),
                settings.language(), settings.locale().toLanguageTag(),
                new PublisherView(settings.publisher().name(), image(settings.publisher().logo())),
                newsroom.sections().stream().map(s -> sections.get(s.id())).toList(),
                paths.url(PagePaths.ARCHIVE), paths.url(PagePaths.TAGS), paths.url(PagePaths.AUTHORS),
                dateTime(newsroom.now().atZone(settings.timeZone())));
    }

    /**
     * The views of a newsroom whose articles changed only in place (same settings, clock, sections,
     * authors, and each article's tags and authors): the site, section, author and tag views of
     * {@code same}, with no cards made yet.
     */
    ViewFactory(ViewFactory same) {
        images = same.images;
        settings = same.settings;
        now = same.now;
        paths = same.paths;
        displayFormat = same.displayFormat;
        dateFormat = same.dateFormat;
        zoneFormat = same.zoneFormat;
        sections.putAll(same.sections);
        authors.putAll(same.authors);
        tags = same.tags;
        site = same.site;
    }

    /** One view per tag slug, by slug. */
    private Map<String, TagView> tagViews(Listings listings) {
        Map<String, TagView> out = new TreeMap<>();
        listings.tagNames().forEach((slug, name) -> out.put(slug,
                new TagView(slug, name, paths.url(PagePaths.tag(slug)), listings.ofTag(slug).size())));
        return out;
    }

    SiteView site() {
        return site;
    }

    SitePaths paths() {
        return paths;
    }

    SectionView section(String id) {
        return sections.get(id);
    }

    List<AuthorView> authors() {
        return authors.values().stream().sorted(Comparator.comparing(AuthorView::name).thenComparing(AuthorView::id))
                .toList();
    }

    TagView tag(String slug) {
        return tags.get(slug);
    }

    List<TagView> tags() {
        return tags.values().stream().sorted(Comparator.comparing((TagView t) -> t.name().toLowerCase(settings.locale()))
                .thenComparing(TagView::slug)).toList();
    }

    ArticleCard card(Article a) {
        // Keyed by URL (unique in a newsroom): hashing the whole Article record on every lookup is not free.
        return cards.get(a.path(), path -> newCard(a));
    }

    List<ArticleCard> cards(List<Article> articles) {
        return articles.stream().map(this::card).toList();
    }

    private ArticleCard newCard(Article a) {
        return new ArticleCard(a.title(), paths.url(a.path()), paths.absolute(a.path()), a.slug(),
                sections.get(a.sectionId()), a.summary(), a.authorIds().stream().map(authors::get).toList(),
                dateTime(a.published()), a.updated() == null ? null : dateTime(a.updated()), image(a.image()),
                a.tags().stream().map(t -> tags.get(t.slug())).toList(),
                a.draft() ? "draft" : a.published().toInstant().isAfter(now) ? "scheduled" : "published",
                a.corrections().stream().map(c -> new CorrectionView(dateTime(c.date()), c.text())).toList());
    }

    DateTimeView dateTime(ZonedDateTime t) {
        ZonedDateTime local = t.withZoneSameInstant(settings.timeZone());
        return new DateTimeView(local.format(ISO), local.format(displayFormat), local.format(dateFormat), local.format(zoneFormat));
    }

    ImageView image(Image image) {
        if (image == null) {
            return null;
        }
        ProcessedImage processed = images.get(image);
        if (processed == null) {
            return new ImageView(paths.url(image.outputPath()), image.alt(), image.credit(), image.caption(),
                    image.width(), image.height());
        }
        String srcset = processed.resized() ? processed.widths().stream()
                .map(r -> paths.url(r.path()) + " " + r.width() + "w").collect(Collectors.joining(", ")) : null;
        return new ImageView(paths.url(processed.fallback().path()), image.alt(), image.credit(), image.caption(),
                image.width(), image.height(), srcset, crop(processed.social()), crop(processed.wide()),
                crop(processed.standard()), crop(processed.square()));
    }

    private CropView crop(Rendition r) {
        return r == null ? null : new CropView(paths.url(r.path()), paths.absolute(r.path()), r.width(), r.height());
    }

    /** The processed files of the pictures, for rewriting the article bodies' {@code <img>}. */
    ImagePlan images() {
        return images;
    }
}
