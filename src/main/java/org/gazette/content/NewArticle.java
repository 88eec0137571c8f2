package org.gazette.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.gazette.io.IoErrors;
import org.gazette.model.Author;
import org.gazette.model.Section;
import org.gazette.model.Source;

/**
 * {@code gazette new article}: writes a new draft article with complete front matter at
 * {@code content/articles/<yyyy>/<MM>/<slug>.md} (date in the site time zone). Section and author
 * are checked against the newsroom with the loader's own messages and hints; an existing file is
 * never overwritten.
 */
public final class NewArticle {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx", Locale.ROOT);
    private static final DateTimeFormatter FOLDER = DateTimeFormatter.ofPattern("uuuu/MM", Locale.ROOT);

    /** The "file" of problems with the command's arguments rather than with the newsroom. */
    public static final String ARGUMENTS = "gazette new article";

    private NewArticle() {
    }

    /** Thrown when the file (or an article with the same slug) already exists. */
    public static final class ExistsException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        ExistsException(String message) {
            super(message);
        }
    }

    /**
     * Writes the article and returns its path relative to the newsroom folder. Throws
     * {@link ContentException} for an unusable headline, section or author (with hints) and
     * {@link ExistsException} when the file or its slug is taken.
     */
    public static Result create(Path sourceDir, String headline, String sectionId, String authorId, Instant now) {
        Problems problems = new Problems();
        ContentLoader.Setup setup = new ContentLoader().setup(sourceDir, null, problems);
        // A broken site.yaml, sections.yaml or author file is the problem to show, not "unknown section".
        problems.throwIfAny();
        Problems own = new Problems();
        Source arguments = Source.file(ARGUMENTS);
        String slug = Slugs.slugify(headline);
        if (!Slugs.isValid(slug)) {
            own.add(arguments, "cannot make a URL slug from the headline '" + headline + "'",
                    "use a headline with letters or digits");
        }
        List<String> sections = setup.sections().stream().map(Section::id).toList();
        if (!sections.contains(sectionId)) {
            own.add(arguments, "unknown section '" + sectionId + "'", Suggestions.hint(sectionId, sections));
        }
        List<String> authors = setup.authors().stream().map(Author::id).toList();
        if (authorId != null && !authors.contains(authorId)) {
            own.add(arguments, "unknown author '" + authorId + "'",
                    Suggestions.hint(authorId, authors) + "; authors are the files in content/authors/");
        }
        own.throwIfAny();

        ZonedDateTime date = now.atZone(setup.ctx().site().timeZone()).withNano(0);
        Path articles = setup.content().resolve("articles");
        Path file = articles.resolve(FOLDER.format(date)).resolve(slug + ".md");
        String relative = setup.display().apply(file);
        Path taken = sameSlug(articles, slug + ".md");
        if (taken != null) {
            throw new ExistsException(setup.display().apply(taken) + " already exists; nothing was written"
                    + "\n    hint: choose another headline, or edit that file");
        }
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text(headline, date, sectionId, authorId), StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        } catch (FileAlreadyExistsException e) {
            throw new ExistsException(relative + " already exists; nothing was written");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + relative + ": " + IoErrors.reason(e), e);
        }
        return new Result(relative, file);
    }

    /** The written file: as the editor knows it ({@code content/articles/…}) and on disk. */
    public record Result(String relative, Path file) {
    }

    /** An article file named {@code <slug>.md} anywhere under content/articles/ would give the same URL slug. */
    private static Path sameSlug(Path articles, String fileName) {
        if (!Files.isDirectory(articles)) {
            return null;
        }
        try (Stream<Path> walk = Files.walk(articles)) {
            return walk.filter(p -> p.getFileName().toString().equals(fileName)).sorted().findFirst().orElse(null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(String headline, ZonedDateTime date, String sectionId, String authorId) {
        StringBuilder s = new StringBuilder("---\n");
        s.append("title: ").append(quoted(headline)).append('\n');
        s.append("date: ").append(DATE.format(date)).append('\n');
        if (authorId != null) {
            s.append("author: ").append(authorId).append('\n');
        }
        s.append("section: ").append(sectionId).append('\n');
        s.append("tags: []\n");
        s.append("summary: ").append(quoted("One or two sentences under the headline.")).append('\n');
        s.append("# image:\n#   src: /images/picture.png\n#   alt: \"What the picture shows\"\n");
        s.append("draft: true\n");
        s.append("---\n");
        s.append("Write the article here, in Markdown.\n");
        return s.toString();
    }

    /** A YAML double-quoted scalar: the headline is kept exactly as typed. */
    private static String quoted(String text) {
        StringBuilder s = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> s.append("\\\"");
                case '\\' -> s.append("\\\\");
                case '\n' -> s.append("\\n");
                case '\t' -> s.append("\\t");
                default -> {
                    if (c < 0x20) {
                        s.append(String.format(Locale.ROOT, "\\x%02x", (int) c));
                    } else {
                        s.append(c);
                    }
                }
            }
        }
        return s.append('"').toString();
    }
}
