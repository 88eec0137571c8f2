package org.gazette.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.gazette.model.Source;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link PlainText} writes what flexmark's own text rendering would: every body below renders to
 * the same HTML with the fast path as with flexmark alone, in both raw-HTML modes.
 */
class PlainTextTest {
    /** Text with and without what unescaping, EOL normalisation and escaping act on. */
    private static final List<String> TEXTS = List.of(
            "plain words with “curly quotes”, ‘single’ ones, €12 and 5 – 3",
            "Tom & Jerry", "&amp; &copy; &#169; &#xA9; &bogus; & alone",
            "a \\* b \\\\ c \\_ d \\& e \\q", "C:\\dir\\file",
            "<b>bold</b> and <script>x</script>", "1 < 2 > 0", "say \"hi\" it's",
            "  leading spaces", "trailing spaces  ", "double  spaces   inside", "tab\there\t",
            "\u00A0no-break\u00A0", "nul\0char", "cr\rin text", "crlf\r\nline", "private \uE000 use",
            "*emphasis* and **strong & bold** and ~~struck~~ and `code & <b>`",
            "[link & text](/a?b=1&c=2 \"title & \\\"q\\\"\") then [x](https://example.com/) after",
            "![alt & “img”](pic.png)", "<https://example.com/?a&b>", "[ref][r] text\n\n[r]: /x \"T&\"",
            "line one\nline two  \nline three\\\nline four", "");
    /** Where text can stand; X is replaced by each text. */
    private static final List<String> PLACES = List.of(
            "X\n", "# X\n", "X\n===\n", "- X\n- X\n", "1. X\n\n2. X\n", "> X\n> > X\n",
            "| h & X | b |\n|---|--:|\n| X | c |\n", "Before *X* after\n", "[X](/u)\n", "```\nX\n```\n",
            "    X\n", "- a\n  - X\n", "Text  \nX\n", "Para\n\nX \n\n  X  \n");

    @TempDir
    Path dir;

    @Test
    void rendersEveryTextAsFlexmarkDoes() throws IOException {
        for (MarkdownOptions.RawHtmlMode mode : MarkdownOptions.RawHtmlMode.values()) {
            MarkdownOptions options = new MarkdownOptions(mode, List.of());
            MarkdownRenderer fast = new MarkdownRenderer("/news/", options);
            MarkdownRenderer reference = new MarkdownRenderer("/news/", options, false);
            for (String place : PLACES) {
                for (String text : TEXTS) {
                    String body = place.replace("X", text);
                    assertEquals(render(reference, body), render(fast, body), mode + " " + body);
                }
            }
        }
    }

    @Test
    void takesTheFastPathOnlyForTextFlexmarkWouldNotChange() {
        assertNotNull(PlainText.plain(BasedSequence.of("Words, “quotes”, €5 and 'apostrophes'")));
        for (String special : List.of("\\", "&", "\r", "<", ">", "\"", "\0")) {
            assertNull(PlainText.plain(BasedSequence.of("a " + special + " b")), special);
        }
    }

    private String render(MarkdownRenderer renderer, String body) throws IOException {
        return renderer.render(body, dir.resolve("a.md"), Source.file("a.md"), 0, new ImageFiles(dir), image -> { },
                new Problems());
    }
}
