package org.gazette.content;

import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import org.gazette.model.Article;
import org.gazette.model.Newsroom;
import org.gazette.testing.Newsrooms;

/** Loads test newsrooms and turns their errors into the texts an editor reads. */
final class Loading {
    /** Where {@link #withArticle} writes: a file whose slug is {@code probe}. */
    static final String PROBE = "content/articles/2024/01/probe.md";
    /** Front matter every field test starts from: valid, dated in January 2024 (CET). */
    static final String VALID = """
            title: Probe
            date: 2024-01-10T10:00:00+01:00
            author: anna-berg
            section: world
            """;

    private Loading() {
    }

    static Newsroom load(Path root) {
        return new ContentLoader().load(root, Newsrooms.NOW);
    }

    /** Every error of a newsroom that must fail, formatted as printed, sorted by file and line. */
    static List<String> errors(Path root) {
        ContentException e = assertThrows(ContentException.class, () -> load(root));
        return e.errors().stream().map(ContentError::format).toList();
    }

    /** The basic newsroom copied into {@code dir}, plus {@link #PROBE} with this front matter and body. */
    static Path withArticle(Path dir, String frontMatter, String body) {
        Path root = Newsrooms.copyOfBasic(dir);
        Newsrooms.write(root, PROBE, "---\n" + frontMatter + "---\n" + body);
        return root;
    }

    /** The basic newsroom copied into {@code dir}, with one file written over. */
    static Path withFile(Path dir, String relative, String text) {
        Path root = Newsrooms.copyOfBasic(dir);
        Newsrooms.write(root, relative, text);
        return root;
    }

    /** The article read from {@link #PROBE} (published, scheduled or draft). */
    static Article probe(Newsroom newsroom) {
        return java.util.stream.Stream.of(newsroom.published(), newsroom.scheduled(), newsroom.drafts())
                .flatMap(List::stream)
                .filter(a -> a.source().file().equals(PROBE))
                .findFirst().orElseThrow();
    }
}
