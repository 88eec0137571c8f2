package org.gazette.content;

import static org.gazette.content.Loading.VALID;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.gazette.testing.Newsrooms;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Whole article files: encodings, front matter blocks, YAML mistakes, and URLs two files share. */
class ArticleFilesTest {
    private static final String P = "content/articles/2024/01/probe.md";
    private static final String NO_FRONT_MATTER = P + ":1:1: missing front matter\n"
            + "    hint: start the file with a line '---', the fields (title, date, section, …), then another '---'";
    private static final String YAML_HINT =
            "\n    hint: check indentation and quote values that contain ': ' or start with a special character";

    private static final List<String> NOT_UTF8 = List.of(P + ": file is not valid UTF-8 text\n    hint: re-save it with UTF-8 encoding");

    @TempDir
    Path dir;

    /** The error of a file with a NUL byte at {@code offset}. */
    private static List<String> binaryAt(int offset) {
        return List.of(P + ": file is binary, not text (a NUL byte at offset " + offset + ")\n"
                + "    hint: save it as UTF-8 text, or move it out of the content folder");
    }

    private List<String> errorsOfFile(String text) {
        return Loading.errors(Loading.withFile(dir, P, text));
    }

    private List<String> errorsOfBytes(byte[] bytes) {
        Path root = Newsrooms.copyOfBasic(dir);
        Newsrooms.write(root, P, bytes);
        return Loading.errors(root);
    }

    @Test
    void rejectsAnEmptyFile() {
        assertEquals(List.of(NO_FRONT_MATTER), errorsOfFile(""));
    }

    @Test
    void rejectsAFileWithoutFrontMatter() {
        assertEquals(List.of(NO_FRONT_MATTER), errorsOfFile("# Title\n\nText.\n"));
    }

    @Test
    void rejectsFrontMatterThatIsNeverClosed() {
        assertEquals(List.of(P + ":1:1: front matter is not closed\n"
                        + "    hint: add a line '---' after the last field, before the article text"),
                errorsOfFile("---\n" + VALID + "Text.\n"));
    }

    @Test
    void rejectsEmptyFrontMatter() {
        assertEquals(List.of(P + ":2:1: front matter must be a mapping of 'key: value' lines, found nothing"),
                errorsOfFile("---\n---\nText.\n"));
    }

    @Test
    void rejectsFrontMatterThatIsAList() {
        assertEquals(List.of(P + ":2:1: front matter must be a mapping of 'key: value' lines, found a list"),
                errorsOfFile("---\n- a\n---\nText.\n"));
    }

    @Test
    void acceptsAByteOrderMarkAndWindowsLineEndings() {
        Path root = Loading.withFile(dir, P, ("\uFEFF---\n" + VALID + "---\nText.\n").replace("\n", "\r\n"));
        assertEquals("<p>Text.</p>\n", Loading.probe(Loading.load(root)).bodyHtml());
    }

    /**
     * A plain body is written from the file's bytes, after front matter whose characters take one to
     * four bytes each: with a byte order mark or Windows line endings (read from the decoded text
     * instead), the same HTML.
     */
    @Test
    void readsTheBodyAfterFrontMatterOfWideCharacters() {
        String frontMatter = VALID.replace("Probe", "Café — “Probe” 😀 日本") + "summary: \"½ 𝐀 ü\"\n";
        String body = "„Zölle“ 😀 & [日本](/ja/) — **Straße**.\n";
        String html = "<p>„Zölle“ 😀 &amp; <a href=\"/news/ja/\">日本</a> — <strong>Straße</strong>.</p>\n";
        for (String file : List.of("---\n" + frontMatter + "---\n" + body, "\uFEFF---\n" + frontMatter + "---\n" + body,
                ("---\n" + frontMatter + "---\n" + body).replace("\n", "\r\n"))) {
            Path root = Loading.withFile(dir.resolve(Integer.toString(file.hashCode())), P, file);
            assertEquals(html, Loading.probe(Loading.load(root)).bodyHtml(), file);
        }
    }

    /**
     * A closing line with a wide space after its dashes closes the front matter, as the text's rules
     * say, though the lines read as bytes take only spaces and tabs there: the next {@code ---} is
     * then the body's (a heading's underline), not the front matter's end.
     */
    @Test
    void closesFrontMatterWhereTheTextsRulesDo() {
        Path root = Loading.withFile(dir, P, "---\n" + VALID + "---\u2003\nThe heading\n---\nText.\n");
        assertEquals("<h2 id=\"the-heading\">The heading</h2>\n<p>Text.</p>\n", Loading.probe(Loading.load(root)).bodyHtml());
    }

    @Test
    void rejectsANulInFrontMatterThatIsClosed() {
        String file = "---\ntitle: \0x\n" + VALID.substring(VALID.indexOf('\n') + 1) + "---\nText.\n";
        assertEquals(binaryAt(11), errorsOfBytes(file.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void acceptsThreeDotsToCloseFrontMatter() {
        Path root = Loading.withFile(dir, P, "---\n" + VALID + "...\nText.\n");
        assertEquals("Probe", Loading.probe(Loading.load(root)).title());
    }

    @Test
    void rejectsABinaryFile() {
        assertEquals(binaryAt(4), errorsOfBytes(new byte[] {'-', '-', '-', '\n', 0, 1, 2}));
    }

    @Test
    void rejectsAFileThatIsNotUtf8() {
        assertEquals(NOT_UTF8,
                errorsOfBytes(("---\n" + VALID.replace("Probe", "Café") + "---\nText.\n").getBytes(StandardCharsets.ISO_8859_1)));
    }

    @Test
    void rejectsInvalidUtf8NextToAWrittenReplacementCharacter() {
        byte[] bytes = ("---\n" + VALID + "---\nText \uFFFD and x.\n").getBytes(StandardCharsets.UTF_8);
        bytes[bytes.length - 3] = (byte) 0xC3; // the x: a lead byte with nothing to lead
        assertEquals(NOT_UTF8, errorsOfBytes(bytes));
    }

    @Test
    void acceptsAWrittenReplacementCharacter() {
        Path root = Loading.withFile(dir, P, "---\n" + VALID + "---\nText \uFFFD.\n");
        assertEquals("<p>Text \uFFFD.</p>\n", Loading.probe(Loading.load(root)).bodyHtml());
    }

    @Test
    void reportsInvalidYamlAtItsLineInTheFile() {
        assertEquals(List.of(P + ":3:17: invalid YAML: mapping values are not allowed here" + YAML_HINT),
                errorsOfFile("---\ntitle: Probe\ndate: 2024-01-10: 10:00\n---\nText.\n"));
    }

    @Test
    void rejectsADuplicateKeyAtItsLine() {
        List<String> errors = errorsOfFile("---\n" + VALID + "title: Again\n---\nText.\n");
        assertEquals(1, errors.size());
        assertTrue(errors.get(0).startsWith(P + ":6:"), errors.get(0));
        assertTrue(errors.get(0).contains("'title'"), errors.get(0));
    }

    @Test
    void rejectsADuplicateKeyNamingTheFirstLine() {
        assertEquals(List.of(P + ":6:1: duplicate key 'title' (first at line 2)\n"
                        + "    hint: keep one 'title:' line and delete the other"),
                errorsOfFile("---\n" + VALID + "title: Again\n---\nText.\n"));
    }

    @Test
    void rejectsAnAnchorInFrontMatter() {
        assertEquals(List.of(P + ":6:8: YAML anchors (&name) are not allowed\n    hint: remove the '&pic' anchor"),
                errorsOfFile("---\n" + VALID + "image: &pic\n  src: /images/logo.png\n  alt: Logo\n---\nText.\n"));
    }

    @Test
    void rejectsAMergeKeyInFrontMatter() {
        assertEquals(List.of(P + ":7:3: YAML merge keys (<<) are not allowed\n    hint: write the keys out in full"),
                errorsOfFile("---\n" + VALID + "image:\n  <<: {src: /images/logo.png}\n  alt: Logo\n---\nText.\n"));
    }

    @Test
    void rejectsAnAliasInFrontMatter() {
        assertEquals(List.of(P + ":6:10: YAML aliases (*name) are not allowed\n    hint: write the value out in full"),
                errorsOfFile("---\n" + VALID + "summary: *title\n---\nText.\n"));
    }

    @Test
    void rejectsTwoArticlesWithTheSameUrlNamingBothFilesOnce() {
        Path root = Loading.withFile(dir, "content/articles/2024/01/other.md", "---\n"
                + VALID.replace("2024-01-10T10:00:00+01:00", "2023-10-13T09:00:00+02:00")
                + "slug: harbour-bridge-opens\n---\nText.\n");
        assertEquals(List.of(
                "content/articles/2024/01/other.md:1:1: the URL /world/2023/10/13/harbour-bridge-opens/ is already used by "
                        + "content/articles/2023/10/harbour-bridge-opens.md\n    hint: give one of them another 'slug:'"),
                Loading.errors(root));
    }

    @Test
    void rejectsTwoArticlesWithTheSameSlugInDifferentFolders() {
        Path root = Loading.withFile(dir, "content/articles/2024/01/harbour-bridge-opens.md", "---\n" + VALID + "---\nText.\n");
        assertEquals(List.of("content/articles/2024/01/harbour-bridge-opens.md:1:1: the slug harbour-bridge-opens is "
                        + "already used by content/articles/2023/10/harbour-bridge-opens.md\n"
                        + "    hint: give one of them another 'slug:'"),
                Loading.errors(root));
    }

    @Test
    void rejectsAnArticleUrlThatCollidesWithTheSitesOwnPages() {
        Path root = Loading.withFile(dir, "content/site.yaml", "title: X\nbaseUrl: https://example.org/\npermalink: /{slug}/\n");
        Newsrooms.write(root, "content/articles/2024/01/tags.md", "---\n" + VALID + "---\nText.\n");
        List<String> errors = Loading.errors(root);
        assertEquals(1, errors.size());
        assertTrue(errors.get(0).startsWith("content/articles/2024/01/tags.md:"), errors.get(0));
    }

    @Test
    void ignoresHiddenFilesAndOtherExtensions() {
        Path root = Loading.withFile(dir, "content/articles/2024/01/.probe.md", "not an article");
        Newsrooms.write(root, "content/articles/2024/01/notes.txt", "not an article");
        assertEquals(6, Loading.load(root).published().size());
    }
}
