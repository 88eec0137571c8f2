package org.gazette.model;

import java.time.ZonedDateTime;
import java.util.List;

/**
 * One article as published: front matter resolved against the newsroom, the body already
 * rendered to safe HTML (held in memory or on disk: {@link Body}), and its URL path relative to the site root (e.g.
 * {@code world/2023/10/12/putin/}); {@code media} lists every picture the article shows;
 * {@code aliases} are its former paths (same form as {@code path}), which get redirect pages;
 * {@code pinnedUntil} (nullable) keeps it in Trending until then; {@code rankingExcluded} keeps it
 * out of Trending and Most Read; {@code corrections} are the editor's dated correction notes, oldest first.
 */
public record Article(
        Source source,
        String title,
        ZonedDateTime published,
        ZonedDateTime updated,
        List<String> authorIds,
        String sectionId,
        List<Tag> tags,
        String summary,
        Image image,
        String slug,
        boolean draft,
        Body body,
        String path,
        List<Image> media,
        List<String> aliases,
        ZonedDateTime pinnedUntil,
        boolean rankingExcluded,
        List<Correction> corrections) {

    public Article {
        corrections = List.copyOf(corrections);
        authorIds = List.copyOf(authorIds);
        tags = List.copyOf(tags);
        media = List.copyOf(media);
        aliases = List.copyOf(aliases);
    }

    /** The rendered body (read from disk when the build keeps bodies there). */
    public String bodyHtml() {
        return body.html();
    }

    /** The same article with its body kept elsewhere (same HTML). */
    public Article withBody(Body moved) {
        return new Article(source, title, published, updated, authorIds, sectionId, tags, summary, image, slug, draft,
                moved, path, media, aliases, pinnedUntil, rankingExcluded, corrections);
    }
}
