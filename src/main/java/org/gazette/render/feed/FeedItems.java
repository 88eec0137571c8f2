package org.gazette.render.feed;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.gazette.model.Article;
import org.gazette.model.Author;
import org.gazette.model.Body;
import org.gazette.model.Image;
import org.gazette.model.Newsroom;
import org.gazette.model.SiteSettings;
import org.gazette.model.Tag;
import org.gazette.render.BoundedCache;
import org.gazette.render.PageFingerprint;

/**
 * What every feed format needs to say about an article, resolved once per build: absolute URLs,
 * dates in the site's time zone, author names, the body with absolute links, and the hero picture
 * with its media type and size in bytes.
 */
final class FeedItems {
    /** RFC 3339 with offset and whole seconds (Atom, JSON Feed, sitemaps). */
    static final DateTimeFormatter RFC_3339 = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx", Locale.ROOT);
    /** RFC 822 as RSS 2.0 wants it, with four-digit year. */
    static final DateTimeFormatter RFC_822 = DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss Z", Locale.ROOT);
    /** Site links in the rendered body: {@code href="/news/…"} and {@code src="/news/…"} (not {@code //host}). */
    private static final Pattern SITE_LINK = Pattern.compile("(\\s(?:href|src)=\")(/(?!/)[^\"]*\")");

    private final Newsroom newsroom;
    private final SiteSettings site;
    private final Map<String, Author> authors;
    private final String origin;
    private final BoundedCache<String, String> bodies = new BoundedCache<>(2_000);
    private final BoundedCache<String, Hero> heroes = new BoundedCache<>(20_000);
    private final BoundedCache<String, PageFingerprint> itemInputs = new BoundedCache<>(20_000);
    /** What every feed reads of the site, beyond the site-wide fingerprint a rebuild compares first. */
    private final PageFingerprint siteInputs;

    FeedItems(Newsroom newsroom) {
        this.newsroom = newsroom;
        this.site = newsroom.site();
        this.authors = newsroom.authors().stream().collect(Collectors.toMap(Author::id, Function.identity()));
        this.origin = site.baseUrl().substring(0, site.baseUrl().length() - site.basePath().length());
        this.siteInputs = PageFingerprint.of("gazette feeds 1", site.baseUrl(), site.basePath(), site.language(),
                site.timeZone().getId(), site.publisher().name(),
                site.publisher().logo() == null ? null : site.publisher().logo().outputPath(), site.feeds().fullContent());
    }

    /**
     * The fingerprint of everything {@code feed}'s files are made from, in every format: equal
     * fingerprints, with the same site-wide fingerprint (Gazette's code and the settings), give equal
     * bytes. The build clock only for a feed without articles, whose "updated" time it is.
     */
    PageFingerprint fingerprint(Feed feed) {
        List<Object> values = new ArrayList<>(8 + 2 * feed.articles().size());
        values.addAll(Arrays.asList(siteInputs.high(), siteInputs.low(), feed.kind(), feed.dir(), feed.title(),
                feed.description(), feed.articles().isEmpty() ? newsroom.now().getEpochSecond() : null));
        for (Article a : feed.articles()) {
            PageFingerprint item = itemInputs.get(a.path(), path -> itemFingerprint(a));
            values.add(item.high());
            values.add(item.low());
        }
        return PageFingerprint.of(values.toArray());
    }

    /** What the formats read of an article: an article is in several feeds, fingerprinted once. */
    private PageFingerprint itemFingerprint(Article a) {
        List<Object> values = new ArrayList<>(List.of(a.path(), a.title(), a.published().toEpochSecond()));
        values.add(a.updated() == null ? null : a.updated().toEpochSecond());
        values.add(a.summary());
        List<Author> by = authors(a);
        values.add(by.size());
        for (Author author : by) {
            values.add(author.id());
            values.add(author.name());
        }
        values.add(a.tags().size());
        for (Tag tag : a.tags()) {
            values.add(tag.slug());
            values.add(tag.name());
        }
        Hero hero = hero(a);
        values.addAll(hero == null ? Collections.singletonList(null) : Arrays.asList(hero.url(), hero.type(),
                hero.length(), hero.width(), hero.height(), hero.alt(), hero.credit(), hero.caption()));
        if (site.feeds().fullContent()) {
            // By the stored bytes' checksum when the body knows it: an unchanged feed never reads a body.
            Body.Checksum sum = a.body().checksum();
            values.addAll(sum == null ? List.of(a.bodyHtml()) : List.of(sum.length(), sum.crcs()));
        }
        return PageFingerprint.of(values.toArray());
    }

    SiteSettings site() {
        return site;
    }

    /** The absolute URL of a path relative to the site root. */
    String absolute(String path) {
        return site.baseUrl() + path;
    }

    String rfc3339(ZonedDateTime t) {
        return t.withZoneSameInstant(site.timeZone()).format(RFC_3339);
    }

    String rfc822(ZonedDateTime t) {
        return t.withZoneSameInstant(site.timeZone()).format(RFC_822);
    }

    /** The article's last real change: its update time, else its publish time. */
    static ZonedDateTime lastChange(Article a) {
        return a.updated() != null ? a.updated() : a.published();
    }

    /**
     * The feed-level "updated" time: the newest change of its articles, never the build clock —
     * except for a feed without articles, where the formats still demand a time.
     */
    ZonedDateTime updated(Feed feed) {
        return feed.articles().stream().map(FeedItems::lastChange).max(java.util.Comparator.naturalOrder())
                .orElse(newsroom.now().atZone(site.timeZone()));
    }

    List<Author> authors(Article a) {
        return a.authorIds().stream().map(authors::get).toList();
    }

    String authorUrl(Author author) {
        return absolute("authors/" + author.id() + "/");
    }

    /** The body HTML with site links and pictures made absolute, as feed readers need. */
    String bodyHtml(Article a) {
        // An article is in several feeds (site, section, tags, authors), each in three formats; its URL is unique.
        return bodies.get(a.path(), path -> absoluteLinks(a));
    }

    private String absoluteLinks(Article a) {
        Matcher m = SITE_LINK.matcher(a.bodyHtml());
        return m.replaceAll(r -> Matcher.quoteReplacement(r.group(1) + origin + r.group(2)));
    }

    /** The hero picture, or null. */
    Hero hero(Article a) {
        return a.image() == null ? null : heroes.get(a.path(), path -> newHero(a));
    }

    private Hero newHero(Article a) {
        Image image = a.image();
        long length;
        try {
            length = Files.size(image.file());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the size of " + image.file() + " for the feeds", e);
        }
        return new Hero(absolute(image.outputPath()), mediaType(image.outputPath()), length, image.width(),
                image.height(), image.alt(), image.credit(), image.caption());
    }

    static String mediaType(String path) {
        String ext = path.substring(path.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        return switch (ext) {
            case "png" -> "image/png";
            case "jpg", "jpeg" -> "image/jpeg";
            case "gif" -> "image/gif";
            case "webp" -> "image/webp";
            case "avif" -> "image/avif";
            case "svg" -> "image/svg+xml";
            default -> "application/octet-stream";
        };
    }

    /** A hero picture as feeds describe it; width and height are 0 when unknown. */
    record Hero(String url, String type, long length, int width, int height, String alt, String credit,
                String caption) {
    }
}
