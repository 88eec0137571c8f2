package org.gazette.content;

import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gazette.model.Article;
import org.gazette.model.Body;
import org.gazette.model.Image;
import org.gazette.model.Source;
import org.gazette.model.Tag;

/** Reads one article file: front matter validated field by field, then the Markdown body. */
final class ArticleReader {
    static final Set<String> KEYS = Set.of("title", "date", "updated", "author", "authors", "section", "tags",
            "summary", "image", "slug", "draft", "aliases", "rankings", "corrections");
    private static final Set<String> RANKING_KEYS = Set.of("pinUntil", "exclude");
    private static final Set<String> IMAGE_KEYS = Set.of("src", "alt", "credit", "caption");

    private ArticleReader() {
    }

    /** The article in the file's {@code bytes}, or null when it has errors (all of them reported to {@code problems}). */
    static Article read(Path file, String display, byte[] bytes, ArticleContext ctx, Problems problems) {
        // Most articles: front matter that decodes as it is (no carriage return, nothing to report), then a
        // body SimpleMarkdown writes straight from the file's bytes: only the front matter is decoded.
        int bodyStart = FrontMatter.closingLineEnd(bytes);
        FrontMatter head = bodyStart < 0 ? null : FrontMatter.head(bytes, bodyStart);
        if (head != null) {
            byte[] simple = ctx.markdown().renderSimple(bytes, bodyStart, bytes.length);
            if (simple != null) {
                return read(file, display, head, simple, false, ctx, problems);
            }
        }
        String decoded = TextFiles.decodeAsIs(bytes, display, problems);
        if (decoded == null) {
            return null;
        }
        String text = TextFiles.normaliseLineEndings(decoded);
        FrontMatter parts = FrontMatter.split(text);
        if (parts == null) {
            boolean opened = text.startsWith("---\n") || text.startsWith("\uFEFF---\n");
            problems.add(new Source(display, 1, 1), opened ? "front matter is not closed" : "missing front matter",
                    opened ? "add a line '---' after the last field, before the article text"
                            : "start the file with a line '---', the fields (title, date, section, …), then another '---'");
            return null;
        }
        // With no line ending changed, the body is the one SimpleMarkdown has declined already.
        return read(file, display, parts, null, head != null && text == decoded, ctx, problems);
    }

    /**
     * The article of {@code parts}, or null when it has errors (all of them reported to {@code problems}).
     *
     * @param simpleHtml the body's HTML, when SimpleMarkdown wrote it from the file's bytes; else null
     * @param declined   whether SimpleMarkdown declined the body (it is then parsed at once)
     */
    private static Article read(Path file, String display, FrontMatter parts, byte[] simpleHtml, boolean declined,
                                ArticleContext ctx, Problems problems) {
        YamlNode root;
        try {
            root = ctx.yaml().read(parts.yaml(), display, parts.yamlLineStart());
        } catch (YamlReader.YamlException e) {
            problems.addAll(List.of(e.error()));
            return null;
        }
        int before = problems.size();
        Fields f = Fields.of(root, KEYS, "front matter", problems);
        if (f == null) {
            return null;
        }
        String title = f.string("title", true);
        ZonedDateTime date = date(f, "date", true, ctx);
        ZonedDateTime updated = date(f, "updated", false, ctx);
        if (date != null && updated != null && updated.isBefore(date)) {
            f.error("updated", "'updated' is before 'date'", "the update time must be at or after the publish time");
        }
        List<String> authorIds = authors(f, ctx, problems);
        String sectionId = f.string("section", true);
        // Without any valid section, sections.yaml itself is the problem and has been reported.
        if (sectionId != null && !ctx.sections().isEmpty() && !ctx.sections().containsKey(sectionId)) {
            f.error("section", "unknown section '" + sectionId + "'", Suggestions.hint(sectionId, ctx.sections().keySet()));
        }
        List<Tag> tags = tags(f, problems);
        Image image = image(f, file, ctx, problems);
        String slug = f.string("slug", false);
        if (slug == null) {
            String name = file.getFileName().toString();
            slug = Slugs.slugify(name.substring(0, name.length() - 3));
            if (!Slugs.isValid(slug)) {
                problems.add(new Source(display, 1, 1), "cannot make a URL slug from the file name",
                        "rename the file with letters or digits, or add a 'slug:' line");
            }
        } else if (!Slugs.isValid(slug)) {
            f.error("slug", "slug '" + slug + "' is not URL-safe",
                    "use lowercase letters, digits and dashes, e.g. '" + Slugs.slugify(slug) + "'");
        }
        Boolean draft = f.bool("draft");
        List<String> aliases = aliases(f, problems);
        ZonedDateTime pinnedUntil = null;
        boolean excluded = false;
        if (f.has("rankings")) {
            Fields r = Fields.of(f.node("rankings"), RANKING_KEYS, "rankings", problems);
            if (r != null) {
                pinnedUntil = date(r, "pinUntil", false, ctx);
                excluded = Boolean.TRUE.equals(r.bool("exclude"));
                if (excluded && pinnedUntil != null) {
                    r.error("exclude", "an article cannot be both pinned into Trending and excluded from it",
                            "keep either 'pinUntil' or 'exclude: true'");
                }
            }
        }
        List<org.gazette.model.Correction> corrections = Corrections.read(f, ctx, problems);
        Source source = new Source(display, 1, 1);
        List<Image> media = new ArrayList<>();
        if (image != null) {
            media.add(image);
        }
        Body body = simpleHtml != null ? new Utf8Body(simpleHtml) : Body.of(declined
                ? ctx.markdown().renderParsed(parts.body(), file, source, parts.bodyLineStart(), ctx.images(), media::add, problems)
                : ctx.markdown().render(parts.body(), file, source, parts.bodyLineStart(), ctx.images(), media::add, problems));
        if (problems.size() > before) {
            return null;
        }
        String path = Permalinks.expand(ctx.site().permalink(), sectionId, date, slug);
        return new Article(source, title, date, updated, authorIds, sectionId, tags, f.string("summary", false),
                image, slug, Boolean.TRUE.equals(draft), body, path, media, aliases, pinnedUntil, excluded, corrections);
    }

    /** Former URLs as site paths ({@code /2023/old-url/}); stored like {@code path}, without the leading slash. */
    private static List<String> aliases(Fields f, Problems problems) {
        List<String> out = new ArrayList<>();
        for (Fields.Text alias : f.texts("aliases")) {
            String path = SitePaths.normalise(alias.value());
            if (path == null) {
                problems.add(alias.source(), "alias '" + alias.value() + "' is not a path on this site",
                        "write the former address as a path starting with /, e.g. /2023/10/old-headline/");
            } else if (!out.contains(path)) {
                out.add(path);
            }
        }
        return out;
    }

    private static ZonedDateTime date(Fields f, String key, boolean required, ArticleContext ctx) {
        String text = f.string(key, required);
        if (text == null) {
            return null;
        }
        ZonedDateTime parsed = Dates.parse(text, ctx.site().timeZone());
        if (parsed == null) {
            f.error(key, "'" + key + "' is not a date: '" + text + "'", Dates.HINT);
        }
        return parsed;
    }

    private static List<String> authors(Fields f, ArticleContext ctx, Problems problems) {
        if (f.has("author") && f.has("authors")) {
            f.error("authors", "both 'author' and 'authors' are given", "use 'authors: [a, b]' alone for several");
            return List.of();
        }
        List<Fields.Text> ids = f.has("author") ? listOfOne(f, f.string("author", false)) : f.texts("authors");
        for (Fields.Text id : ids) {
            if (!ctx.authors().containsKey(id.value())) {
                problems.add(id.source(), "unknown author '" + id.value() + "'",
                        Suggestions.hint(id.value(), ctx.authors().keySet()) + "; authors are the files in content/authors/");
            }
        }
        return ids.stream().map(Fields.Text::value).toList();
    }

    private static List<Fields.Text> listOfOne(Fields f, String value) {
        return value == null ? List.of() : List.of(new Fields.Text(value, f.source("author")));
    }

    private static List<Tag> tags(Fields f, Problems problems) {
        Map<String, Tag> tags = new LinkedHashMap<>();
        for (Fields.Text name : f.texts("tags")) {
            String slug = Slugs.slugify(name.value());
            if (slug.isEmpty()) {
                problems.add(name.source(), "tag '" + name.value() + "' has no letters or digits",
                        "tags must contain a letter or digit");
            } else {
                tags.putIfAbsent(slug, new Tag(slug, name.value()));
            }
        }
        return new ArrayList<>(tags.values());
    }

    private static Image image(Fields f, Path file, ArticleContext ctx, Problems problems) {
        if (!f.has("image")) {
            return null;
        }
        Fields img = Fields.of(f.node("image"), IMAGE_KEYS, "image", problems);
        if (img == null) {
            return null;
        }
        String src = img.string("src", true);
        String alt = img.string("alt", false);
        if (alt == null) {
            problems.add(img.mappingSource(), "image has no 'alt' text",
                    "add 'alt: …' describing the picture for readers who cannot see it");
        }
        if (src == null) {
            return null;
        }
        try {
            return ctx.images().resolve(src, file, alt, img.string("credit", false), img.string("caption", false));
        } catch (ImageFiles.ImageException e) {
            img.error("src", e.getMessage(), e.hint());
            return null;
        }
    }
}
