package org.gazette.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.gazette.testing.Newsrooms;
import org.junit.jupiter.api.Test;

/** The invalid fixture: one build reports every problem in every file, in file order, with exact positions. */
class InvalidNewsroomTest {
    private static final String A = "content/articles/";
    private static final String DATE_HINT = "\n    hint: write an ISO 8601 date-time such as 2023-10-12T07:50:00+02:00, "
            + "or 2023-10-12 07:50 for the site time zone";

    /** Errors whose exact text is a known bug; only their file and line are checked here. */
    private static final String DUPLICATE_KEY_AT = A + "duplicate-key.md:6:";
    /** Reported only when no other article's error lands mid-read (BUG, see reportsTheDuplicateSlugEveryTime). */
    private static final String DUPLICATE_SLUG = A + "2024/harbour-news.md:1:1: the slug harbour-news is already used by "
            + A + "2023/harbour-news.md\n    hint: give one of them another 'slug:'";

    private final List<String> errors = Loading.errors(Newsrooms.fixture("invalid"));

    @Test
    void reportsEveryProblemInOneRun() {
        List<String> expected = List.of(
                A + "bad-date.md:3:7: 'date' is not a date: '2023-02-30'" + DATE_HINT,
                A + "draft-yes.md:6:8: 'draft' must be true or false, found 'yes'\n    hint: write draft: true or draft: false",
                A + "image-without-alt.md:7:3: image has no 'alt' text"
                        + "\n    hint: add 'alt: …' describing the picture for readers who cannot see it",
                A + "invalid-yaml.md:2:22: invalid YAML: mapping values are not allowed here"
                        + "\n    hint: check indentation and quote values that contain ': ' or start with a special character",
                A + "latin1.md: file is not valid UTF-8 text\n    hint: re-save it with UTF-8 encoding",
                A + "missing-image.md:9:1: image 'harbour-dawn.jpg' not found (looked for content/articles/harbour-dawn.jpg)"
                        + "\n    hint: check the file name and folder; paths starting with / are read from content/",
                A + "missing-title.md:2:1: missing required key 'title'\n    hint: add a line 'title: …'",
                A + "no-front-matter.md:1:1: missing front matter\n    hint: start the file with a line '---', "
                        + "the fields (title, date, section, …), then another '---'",
                A + "tags-string.md:6:7: 'tags' must be a list, found text 'Harbour, Cycling'"
                        + "\n    hint: write tags: [first, second] or one '- item' line per entry",
                A + "typo-key.md:6:1: unknown key 'summery' in front matter"
                        + "\n    hint: did you mean 'summary'? (known: aliases, author, authors, corrections, date, …)",
                A + "unknown-author.md:4:9: unknown author 'zorro'"
                        + "\n    hint: known: anna-berg; authors are the files in content/authors/",
                A + "unknown-section.md:5:10: unknown section 'sports'\n    hint: known: world",
                A + "yaml-anchor.md:6:8: YAML anchors (&name) are not allowed\n    hint: remove the '&photo' anchor",
                "content/authors/bo-nielsen.yaml:1:1: missing required key 'name'\n    hint: add a line 'name: …'",
                "content/authors/bo-nielsen.yaml:1:1: unknown key 'nmae' in an author file"
                        + "\n    hint: did you mean 'name'? (known: bio, links, name, photo)",
                "content/authors/bo-nielsen.yaml:4:10: link 'javascript:alert(1)' must be an http(s) or mailto address, or a site path starting with /",
                "content/sections.yaml:3:7: section id 'Culture & Arts' is not URL-safe"
                        + "\n    hint: use lowercase letters, digits and dashes, e.g. 'culture-arts'");
        assertEquals(expected, errors.stream()
                .filter(e -> !e.startsWith(DUPLICATE_KEY_AT) && !e.equals(DUPLICATE_SLUG)).toList());
    }

    @Test
    void reportsTheDuplicateKeyAtItsLine() {
        // The exact text is a known bug: see ArticleFilesTest.rejectsADuplicateKeyNamingTheFirstLine.
        assertEquals(1, errors.stream().filter(e -> e.startsWith(DUPLICATE_KEY_AT)).count(), String.join("\n", errors));
        assertTrue(errors.stream().anyMatch(e -> e.startsWith(DUPLICATE_KEY_AT) && e.contains("'title'")));
    }

    @Test
    void reportsTheDuplicateSlugEveryTime() {
        for (int i = 0; i < 50; i++) {
            assertTrue(Loading.errors(Newsrooms.fixture("invalid")).contains(DUPLICATE_SLUG), "run " + i);
        }
    }

    @Test
    void countsTheProblemsInTheExceptionMessage() {
        ContentException e = assertThrows(ContentException.class, () -> Loading.load(Newsrooms.fixture("invalid")));
        assertEquals(e.errors().size() + " problems in the content", e.getMessage());
        assertTrue(e.errors().size() >= 18, e.getMessage());
        assertEquals(e.errors().stream().map(ContentError::format).collect(Collectors.joining("\n")), e.report());
    }
}
