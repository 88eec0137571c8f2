package org.gazette.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.gazette.model.Author;
import org.gazette.testing.Newsrooms;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code content/sections.yaml} and {@code content/authors/*.yaml}: the exact error for each mistake. */
class SectionsAndAuthorsTest {
    private static final String S = "content/sections.yaml";
    private static final String VALID_SECTIONS = """
            - id: world
              name: World
            - id: politics
              name: Politics
            - id: culture
              name: Culture
            """;
    /** What every fixture article says once its section is gone. */
    private static final List<String> ORPHANS = List.of(
            "content/articles/2023/01/city-budget-agreed.md:5:10: unknown section 'politics'",
            "content/articles/2023/06/nordic-ministers-meet.md:5:10: unknown section 'world'",
            "content/articles/2023/10/harbour-bridge-opens.md:6:10: unknown section 'world'",
            "content/articles/2023/10/jazz-festival-review.md:5:10: unknown section 'culture'",
            "content/articles/2024/03/local-elections-explained.md:5:10: unknown section 'politics'",
            "content/articles/2024/05/where-the-city-warms-fastest.md:5:10: unknown section 'world'",
            "content/articles/2024/06/metro-strike-draft.md:5:10: unknown section 'politics'",
            "content/articles/2024/07/summer-festival-preview.md:5:10: unknown section 'culture'");

    @TempDir
    Path dir;

    private List<String> errors(String relative, String text) {
        return Loading.errors(Loading.withFile(dir, relative, text));
    }

    private static List<String> plus(List<String> first, String... more) {
        return java.util.stream.Stream.concat(first.stream(), java.util.Arrays.stream(more)).toList();
    }

    @Test
    void rejectsAReservedSectionId() {
        assertEquals(List.of(S + ":7:7: section id 'tags' is reserved for the site's own pages\n"
                        + "    hint: choose another id; reserved: 404, archive, articles, assets, authors, data, feeds, images, page, tags"),
                errors(S, VALID_SECTIONS + "- id: tags\n  name: Tags\n"));
    }

    @Test
    void rejectsASectionIdThatIsNotUrlSafe() {
        assertEquals(List.of(S + ":7:7: section id 'Sport News' is not URL-safe\n"
                        + "    hint: use lowercase letters, digits and dashes, e.g. 'sport-news'"),
                errors(S, VALID_SECTIONS + "- id: Sport News\n  name: Sport\n"));
    }

    @Test
    void rejectsADuplicateSectionId() {
        assertEquals(List.of(S + ":7:7: duplicate section id 'world' (first at line 1)"),
                errors(S, VALID_SECTIONS + "- id: world\n  name: Again\n"));
    }

    @Test
    void rejectsSectionsThatAreNotAList() {
        assertEquals(List.of(S + ":1:1: sections.yaml must be a non-empty list of sections\n"
                        + "    hint: write one '- id: world' block per section, with name and description"),
                errors(S, "world: World\n"), "articles are not blamed for the broken sections file");
    }

    @Test
    void rejectsAnEmptyListOfSections() {
        assertEquals(List.of(S + ":1:1: sections.yaml must be a non-empty list of sections\n"
                        + "    hint: write one '- id: world' block per section, with name and description"),
                errors(S, "[]\n"));
    }

    @Test
    void rejectsBadSectionEntriesOneByOne() {
        assertEquals(List.of(
                S + ":3:3: unknown key 'summary' in a section\n    hint: known: description, id, name",
                S + ":8:3: missing required key 'name'\n    hint: add a line 'name: …'",
                S + ":9:3: a section must be a mapping of 'key: value' lines, found text 'sport'"),
                errors(S, VALID_SECTIONS.replace("  name: World\n", "  name: World\n  summary: x\n")
                        + "- id: sport\n- sport\n"));
    }

    @Test
    void reportsAMissingSectionsFileOnceWithoutBlamingEveryArticle() {
        Path root = Newsrooms.copyOfBasic(dir);
        Newsrooms.delete(root, S);
        assertEquals(List.of(S + ": file not found\n    hint: every newsroom needs content/sections.yaml"),
                Loading.errors(root));
    }

    @Test
    void rejectsAnAuthorFileNameThatIsNotAnId() {
        assertEquals(List.of("content/authors/Dan Smith.yaml: author file name 'Dan Smith.yaml' is not a valid id\n"
                        + "    hint: rename it to lowercase letters, digits and dashes, e.g. dan-smith.yaml"),
                errors("content/authors/Dan Smith.yaml", "name: Dan Smith\n"));
    }

    @Test
    void rejectsAnAuthorWithoutName() {
        assertEquals(List.of("content/authors/dan.yaml:1:1: missing required key 'name'\n    hint: add a line 'name: …'"),
                errors("content/authors/dan.yaml", "bio: Reporter.\n"));
    }

    @Test
    void rejectsAnUnsafeAuthorLink() {
        assertEquals(List.of("content/authors/dan.yaml:4:10: link 'javascript:alert(1)' must be an http(s) or mailto address, or a site path starting with /"),
                errors("content/authors/dan.yaml", "name: Dan\nlinks:\n  - name: Home\n    url: \"javascript:alert(1)\"\n"));
    }

    @Test
    void rejectsLinksWrittenAsText() {
        assertEquals(List.of("content/authors/dan.yaml:2:8: 'links' must be a list of {name, url}\n"
                        + "    hint: write '- name: Mastodon' then '  url: https://…'"),
                errors("content/authors/dan.yaml", "name: Dan\nlinks: https://x.org\n"));
    }

    @Test
    void rejectsALinkWithoutUrl() {
        assertEquals(List.of("content/authors/dan.yaml:3:5: missing required key 'url'\n    hint: add a line 'url: …'"),
                errors("content/authors/dan.yaml", "name: Dan\nlinks:\n  - name: Home\n"));
    }

    @Test
    void rejectsAMissingAuthorPhoto() {
        assertEquals(List.of("content/authors/dan.yaml:3:8: image '/images/none.png' not found "
                        + "(looked for content/images/none.png)\n"
                        + "    hint: check the file name and folder; paths starting with / are read from content/"),
                errors("content/authors/dan.yaml", "name: Dan\nphoto:\n  src: /images/none.png\n"));
    }

    @Test
    void rejectsAnUnknownKeyInAnAuthorFile() {
        assertEquals(List.of("content/authors/dan.yaml:2:1: unknown key 'email' in an author file\n"
                        + "    hint: known: bio, links, name, photo"),
                errors("content/authors/dan.yaml", "name: Dan\nemail: d@example.org\n"));
    }

    @Test
    void rejectsAnEmptyAuthorFile() {
        assertEquals(List.of("content/authors/dan.yaml:1:1: an author file must be a mapping of 'key: value' lines, found nothing"),
                errors("content/authors/dan.yaml", ""));
    }

    @Test
    void usesTheNameAsPhotoAltTextWhenNoneIsGiven() {
        Path root = Loading.withFile(dir, "content/authors/dan.yaml", "name: Dan Olsen\nphoto:\n  src: ../images/logo.png\n");
        Author dan = Loading.load(root).authors().stream().filter(a -> a.id().equals("dan")).findFirst().orElseThrow();
        assertEquals("Dan Olsen", dan.photo().alt());
        assertEquals("images/logo.png", dan.photo().outputPath());
    }

    @Test
    void acceptsSiteRelativeAuthorLinks() {
        Path root = Loading.withFile(dir, "content/authors/dan.yaml", "name: Dan\nlinks:\n  - name: About\n    url: /about/\n");
        Author dan = Loading.load(root).authors().stream().filter(a -> a.id().equals("dan")).findFirst().orElseThrow();
        assertEquals(List.of(new org.gazette.model.Link("About", "/about/")), dan.links());
    }
}
