package org.gazette.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.gazette.model.Source;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link PlainText} and {@link InlineParser} change nothing: every body below renders to the same
 * HTML with them as with flexmark alone, in both raw-HTML modes.
 */
class MarkdownFastPathsTest {
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
            "line one\nline two  \nline three\\\nline four",
            "[a](</x y> 'single') [b]( /spaced \n \"t\" ) [c](<>) [d][] [e] [f][e] ![g](<i.png>)",
            "[unclosed](/x and [not a link] (/y) and ]( stray", "");
    /** Where text can stand; X is replaced by each text. */
    private static final List<String> PLACES = List.of(
            "X\n", "# X\n", "X\n===\n", "- X\n- X\n", "1. X\n\n2. X\n", "> X\n> > X\n",
            "| h & X | b |\n|---|--:|\n| X | c |\n", "Before *X* after\n", "[X](/u)\n", "```\nX\n```\n",
            "    X\n", "- a\n  - X\n", "Text  \nX\n", "Para\n\nX \n\n  X  \n",
            "Before X\n\n```embed\nhttps://www.youtube.com/watch?v=dQw4w9WgXcQ\n```\n\nAfter X\n",
            // An unsafe link leaves its text, which can then start a line: the writer drops leading spaces there.
            "Line\n[X](javascript:alert(1))\n",
            // Header cells flexmark reads as a delimiter row (a table without a header).
            "| :-: |\n|-----|\n| X |\n", "| :-- | --: |\n|---|---|\n| X | b |\n", "| a | b |\n|---|---|\n| X | :-: |\n",
            // Reference definitions, also in the paragraph that becomes a table.
            "[X][r] and [r]\n\n[r]: /u \"T\"\n[e]: /e\n", "[r]: /u\n| [X][r] | b |\n|---|---|\n| [r] | [e] |\n\n[e]: </e f>\n",
            // Lists and quotes as CommonNodesHtml writes them: loose, nested, numbered from elsewhere.
            "- X\n\n- X\n", "- a\n\n  X\n- b\n", "3. X\n4. *X*\n", "1) X\n", "> - X\n> - **X**\n>\n> X\n",
            "- [X](/u)\n  - *X*\n    1. `X`\n", "# X\n\n# X\n\n## X\n", "X\n---\n\n* * *\n\nX\n", "X\\\nX\n",
            "Text [X](/p \"X\") **[X](https://e.org/?a=1&b=2)**\n",
            // Line breaks in a link's title or address: flexmark's writer trims the next line's indent.
            "[a](/u \"t\n   X\")\n", "x [a](/u (t\n\tX)) y\n", "[a](/u \"t&#10;&#32;X\")\n", "[X](/u&#10;&#32;x)\n",
            "- [a](/u \"t&#10;&#10;&#10;X\")\n");

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
    void rendersAsFlexmarkDoesWhenTheMarkAlsoComesFromElsewhere() throws IOException {
        // The base path holds the mark character, so the marks do not pair up with the words.
        MarkdownRenderer fast = new MarkdownRenderer("/n\uE000/", MarkdownOptions.DEFAULT);
        MarkdownRenderer reference = new MarkdownRenderer("/n\uE000/", MarkdownOptions.DEFAULT, false);
        // The table (its two-dash delimiter SimpleMarkdown leaves to flexmark) sends the body past
        // SimpleMarkdown and CommonNodesHtml to flexmark's renderer and PlainText.
        String body = "# Same\n\n# Same\n\nWords and [a link](/there) and “more” words.\n\n| a | b |\n|---|--:|\n| c | d |\n";
        assertNull(html(fast.simple(), body));
        String html = render(fast, body);
        assertEquals(render(reference, body), html);
        assertTrue(html.startsWith("<h1 id=\"same\">Same</h1>\n<h1 id=\"same-1\">Same</h1>\n"
                + "<p>Words and <a href=\"/n\uE000/there\">a link</a> and “more” words.</p>\n<table"), html);
    }

    @Test
    void leavesTheSpacesAroundWordsToTheWriter() {
        // The parser strips such spaces, but the writer drops them where a line starts: made by hand here.
        Document document = Parser.builder().build().parse("Line\nwords\n");
        ((Text) document.getFirstChild().getLastChild()).setChars(BasedSequence.of(" spaced words "));
        String reference = HtmlRenderer.builder().build().render(document);
        List<String> marked = new ArrayList<>();
        document.set(PlainText.MARKED, marked);
        String fast = HtmlRenderer.builder().nodeRendererFactory(options -> new PlainText()).build().render(document);
        assertEquals("<p>Line\nspaced words </p>\n", reference);
        assertEquals(reference, PlainText.fill(fast, marked));
        assertEquals(List.of("Line", "spaced words"), marked);
    }

    @Test
    void takesTheFastPathOnlyForTextFlexmarkWouldNotChange() {
        assertEquals(PlainText.Kind.MARKABLE, PlainText.kind(" Words, “quotes”, €5 and 'apostrophes' "));
        for (String special : List.of("\\", "&", "\r", "<", ">", "\"", "\0")) {
            assertEquals(PlainText.Kind.CHANGED, PlainText.kind("a " + special + " b"), special);
        }
        for (String unmarked : List.of("a\tb", "a\nb", "a  b", "   ", "")) {
            assertEquals(PlainText.Kind.UNCHANGED, PlainText.kind(unmarked), unmarked);
        }
    }

    @Test
    void writesCommonDocumentsWithoutFlexmarksRendererAndAsItWould() throws IOException {
        MarkdownRenderer reference = new MarkdownRenderer("/news/", MarkdownOptions.DEFAULT, false);
        CommonNodesHtml common = new CommonNodesHtml(reference::siteUrl, "(?i)^\\s*(javascript|vbscript|data|file):.*",
                new com.vladsch.flexmark.util.data.MutableDataSet());
        // MarkdownRenderer's extensions: a table must reach this writer as a table (which it declines).
        Parser parser = Parser.builder().extensions(List.of(com.vladsch.flexmark.ext.tables.TablesExtension.create(),
                com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension.create())).build();
        List<String> bodies = new ArrayList<>(List.of(
                "# Title\n\nA *b* **c** `d & e` [f](/g \"h\") [i](https://j.org/?k=1&l=2).\nNext line \"q\" 1 < 2 &amp; \\*x\\*\n",
                "- a\n- b\n  1. c\n  2. d\n\n> quote\n> more\n\n---\n\n## Title\n\nEnd\\\nbreak\n",
                "- loose\n\n- items\n\n  with two paragraphs\n", "7. seven\n8. eight\n"));
        try (var articles = java.nio.file.Files.walk(Path.of("content/articles"))) {
            for (Path file : articles.filter(f -> f.toString().endsWith(".md")).sorted().toList()) {
                String text = java.nio.file.Files.readString(file);
                bodies.add(text.substring(text.indexOf("\n---", 3) + 4));
            }
        }
        SimpleMarkdown simple = productionSimple();
        int written = 0;
        int simplest = 0;
        for (String body : bodies) {
            String html = common.render(parser.parse(body));
            if (html != null) {
                written++;
                assertEquals(render(reference, body), html, body);
            }
            String simpleHtml = html(simple, body);
            if (simpleHtml != null) {
                simplest++;
                assertEquals(render(reference, body), simpleHtml, "SimpleMarkdown: " + body);
            }
        }
        // The four above and most of the demo newsroom's articles take this path; 12 of its 36 the simplest one.
        assertTrue(written >= 4 + (bodies.size() - 4) / 2, written + " of " + bodies.size());
        assertTrue(simplest >= 10, "demo bodies SimpleMarkdown writes: " + simplest);
        // Text that would start a line with a space is left to flexmark, whose writer drops the space.
        Document document = parser.parse("Line\nwords\n");
        ((Text) document.getFirstChild().getLastChild()).setChars(BasedSequence.of(" spaced words "));
        assertNull(common.render(document));
        ((Text) document.getFirstChild().getLastChild()).setChars(BasedSequence.of("words "));
        assertEquals("<p>Line\nwords </p>\n", common.render(document));
    }

    @Test
    void writesTheSimplestBodiesWithoutParsingAndAsFlexmarkWould() throws IOException {
        MarkdownRenderer reference = new MarkdownRenderer("/news/", MarkdownOptions.DEFAULT, false);
        SimpleMarkdown simple = productionSimple();
        List<String> taken = List.of(
                "First line with “quotes”, 'apostrophes', €5, 1 > 0 and \"said\" & done.\nSecond line.\n",
                "# One\n\n## **Two** & [three](/world/x/)\n\n###### Six\n\n## One\n\n## One\n",
                "> A quote, **strong**.\n> Its second line.\n\nAfter [the link](https://example.com/a?b=1#c) it goes on.\n",
                "- first\n- [second](/s/)\n- **third** item\n\nText between.\n\n- another list\n",
                "**Strong** at the start, then **more**. (Brackets) and 2024 and 3.5 and a trailing!\n", "", "\n\n",
                "| A & B | \"q\" | [c](/c/) |\n|:---|---:|:---:|\n| 1 | **2** | -3% |\n|  x  | y | z |\n\nAfter the table.\n",
                "**Ärger** über „Zölle“ 😀 and [日本の記事](/ja/) — **Straße**, ½ & 𝐀.\n\n# Ünïcode ☃ 😀\n\n| € | 😀 |\n|---|---|\n| 日本 | **ß** |\n", "& 𝐀 &\uD835\uDC00 &😀\n");
        for (String body : taken) {
            String html = html(simple, body);
            assertTrue(html != null, "taken without parsing: " + body);
            assertEquals(render(reference, body), html, body);
        }
        List<String> declined = List.of("*em*", "_em_", "`code`", "![i](p.png)", "<b>x</b>", "&amp; x", "R&D", "a  \nb",
                "a\\\nb", "- a\n\n- b", "- a\nlazy", "> a\nlazy", "1. a", "2) a", "* a", "***", "___", "# a #", "#a", "#",
                "    code", " lead", "a\\*", "[r]: /x", "[a](/u \"t\")", "[a](javascript:x)", "[a](/u(v))", "[a] (/u)",
                "| a |", "~~s~~", "a\tb", "a\r\nb", "x\n===", "x\n---", "**a**b", "(**a**)", "** a**", "**a **", "***a***",
                "\u2003lead", "trail\u00A0", "line \nnext", "   \n", "text\n    more", "> > nested", "- - nested", "+ a", "<x>", "[ lead](/u)", "[trail ](/u)",
                "| a |\n|--|\n| b |", "| :-: |\n|---|\n| x |", "| a | b |\n|---|---|\n| c |", "| a |\n|---|", "| a |\n|---|\n|  |",
                "| a |\n|---|\n| b | ", "| a |\n|---|\n| b |\nlazy", "text\n| a |\n|---|\n| b |",
                "trail\u2003", "\u3000", "a\n\u2003\n", "[\u00A0x](/u)", "[x\u2003](/u)", "# \u2003x", "**\uD835\uDC00**");
        for (String body : declined) {
            assertNull(html(simple, body), body);
        }
    }

    /** Random bodies from the pieces news text is made of, right and wrong: what is taken is written as flexmark writes it. */
    @Test
    void writesRandomSimpleBodiesAsFlexmarkWould() throws IOException {
        MarkdownRenderer reference = new MarkdownRenderer("/news/", MarkdownOptions.DEFAULT, false);
        SimpleMarkdown simple = productionSimple();
        String[] starts = {"", "", "", "# ", "## ", "> ", "- ", "* ", "1. ", "#", " ", "**", "[", "=", "-"};
        String[] words = {"word", "Word", "two words", "“curly”", "it's", "\"q\"", "&", "& x", "&amp;", ">", "<", "1990.",
            "**strong**", "**two words**", "**x**.", "**x**y", "*em*", "[link](/a/b/)", "[l](https://e.org/?a=1)", "[x](y z)",
            "![i](/p.png)", "a_b", "`c`", "\\", "~", "|", "!", "[", "]", "(x)", "**", "é", "\u00A0", "#", "-", ":",
            "😀", "\u2003", "\uD835\uDC00", "日本", "**é**", "**😀x**", "&é", "[é](/é/)"};
        String[] ends = {"", "", "", " ", "  "};
        // Every other body mostly of pieces the writer takes, so that whole paragraphs, lists and quotes are.
        String[] goodStarts = {"", "", "", "# ", "## ", "> ", "- ", "- "};
        String[] goodWords = {"word", "Word", "two words", "“curly”", "it's", "\"q\"", "&", "& x", "1990.", "**strong**",
            "**two words**", "**x**.", "[link](/a/b/)", "[l](https://e.org/?a=1)", "(x)", "!", "é", ":", "😀", "日本",
            "**über**", "[ß](/s/)", "„ok“"};
        java.util.Random random = new java.util.Random(20261128);
        java.util.Map<String, Integer> seen = new java.util.TreeMap<>();
        List<String> constructs = List.of("<h", "<strong>", "<a href", "<blockquote>", "<li>", "</li>\n<li>", "<table",
                "align=\"left\"", "align=\"right\"", "align=\"center\"");
        int taken = 0;
        for (int doc = 0; doc < 6_000; doc++) {
            boolean good = doc % 2 == 0;
            StringBuilder body = new StringBuilder();
            for (int line = 0, lines = 1 + random.nextInt(6); line < lines; line++) {
                if (random.nextInt(4) == 0) {
                    body.append('\n');
                    continue;
                }
                if (random.nextInt(8) == 0) {
                    table(random, good, goodWords, words, body);
                    continue;
                }
                body.append(pick(random, good, goodStarts, starts));
                for (int w = 0, count = 1 + random.nextInt(4); w < count; w++) {
                    body.append(w == 0 ? "" : " ").append(pick(random, good, goodWords, words));
                }
                body.append(good && random.nextInt(10) > 0 ? "" : ends[random.nextInt(ends.length)]).append('\n');
            }
            String html = html(simple, body.toString());
            if (html != null && !html.isEmpty()) {
                taken++;
                assertEquals(render(reference, body.toString()), html, body.toString());
                for (String construct : constructs) {
                    seen.merge(construct, html.contains(construct) ? 1 : 0, Integer::sum);
                }
                seen.merge("paragraph of lines", html.matches("(?s).*<p>[^<]*\n[^<]*</p>.*") ? 1 : 0, Integer::sum);
            }
        }
        assertTrue(taken > 600, "enough random bodies with text are taken to test the writer: " + taken);
        assertTrue(seen.values().stream().allMatch(n -> n >= 15), "each construct is written often: " + seen);
    }

    /**
     * A renderer is shared by every thread of a build. flexmark's mutable options store a default
     * the first time it is asked for: shared, they raced (a NullPointerException from
     * HeaderIdGenerator in one build of a test newsroom). Fresh renderers, four threads each at once;
     * {@link #simpleMarkdownNeverWritesIntoTheOptionsItIsGiven} pins the cause without threads.
     */
    @Test
    void freshRendererServesThreadsAtOnce() throws Exception {
        String body = "## A heading\n\nText.\n";
        String expected = render(new MarkdownRenderer("/news/", MarkdownOptions.DEFAULT, false), body);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            for (int round = 0; round < 300; round++) {
                MarkdownRenderer shared = new MarkdownRenderer("/news/", MarkdownOptions.DEFAULT);
                var start = new java.util.concurrent.CyclicBarrier(4);
                List<java.util.concurrent.Future<String>> results = new ArrayList<>();
                for (int t = 0; t < 4; t++) {
                    results.add(pool.submit(() -> {
                        start.await();
                        return render(shared, body);
                    }));
                }
                for (var result : results) {
                    assertEquals(expected, result.get(), "round " + round);
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void simpleMarkdownNeverWritesIntoTheOptionsItIsGiven() {
        var options = new com.vladsch.flexmark.util.data.MutableDataSet();
        int before = options.getAll().size();
        String html = html(new SimpleMarkdown(url -> url, options), "# A heading\n\n## Another\n");
        assertEquals("<h1 id=\"a-heading\">A heading</h1>\n<h2 id=\"another\">Another</h2>\n", html);
        assertEquals(before, options.getAll().size(), "a default stored in shared options is a race between threads");
    }

    /**
     * A table after a blank line: mostly well formed when {@code good}; otherwise often with what the
     * writer declines (cells missing or extra, empty or spaced cells, too few dashes, a second
     * delimiter row, a line without bars, no body).
     */
    private static void table(java.util.Random random, boolean good, String[] goodWords, String[] words, StringBuilder body) {
        String[] delimiters = {"---", "------", ":---", "---:", ":---:", " --- ", " ------: ", "--:", "-", ":-:", "", "- -"};
        String[] cells = {" x ", "  x  ", " x", "x", " ", "", "   "};
        int columns = 1 + random.nextInt(4);
        int rows = random.nextInt(good ? 4 : 5);
        body.append('\n');
        for (int row = -2; row < rows; row++) {
            int count = good || random.nextInt(4) > 0 ? columns : random.nextInt(5);
            body.append(good || random.nextInt(15) > 0 ? "|" : "");
            for (int c = 0; c < count; c++) {
                if (row == -1 || !good && row > 0 && random.nextInt(20) == 0) {
                    body.append(good || random.nextInt(5) > 0 ? delimiters[random.nextInt(6)] : pick(random, false, delimiters, delimiters));
                } else {
                    String cell = good || random.nextInt(5) > 0 ? cells[random.nextInt(3)] : cells[random.nextInt(cells.length)];
                    String word = pick(random, good, goodWords, words);
                    body.append(cell.replace("x", random.nextInt(3) == 0 ? word + " " + pick(random, good, goodWords, words) : word));
                }
                body.append('|');
            }
            body.append(good || random.nextInt(15) > 0 ? "" : " ").append('\n');
        }
    }

    /** Mostly from {@code good} when {@code mostlyGood}, one time in ten from {@code any}. */
    private static String pick(java.util.Random random, boolean mostlyGood, String[] good, String[] any) {
        String[] from = mostlyGood && random.nextInt(10) > 0 ? good : any;
        return from[random.nextInt(from.length)];
    }

    /** What {@code simple} writes for {@code body}, read from its UTF-8 bytes, as text; null when it declines. */
    private static String html(SimpleMarkdown simple, String body) {
        byte[] utf8 = body.getBytes(StandardCharsets.UTF_8);
        // Within a larger array, as an article's body stands after its front matter in the file.
        byte[] file = new byte[utf8.length + 7];
        java.util.Arrays.fill(file, (byte) '<'); // declined wherever read: a read outside the body shows
        System.arraycopy(utf8, 0, file, 5, utf8.length);
        byte[] html = simple.render(file, 5, 5 + utf8.length);
        return html == null ? null : new String(html, StandardCharsets.UTF_8);
    }

    /** The SimpleMarkdown a production renderer uses, with the options it is given there. */
    private static SimpleMarkdown productionSimple() {
        SimpleMarkdown simple = new MarkdownRenderer("/news/", MarkdownOptions.DEFAULT).simple();
        assertTrue(simple != null, "the production renderer writes the simplest bodies itself");
        return simple;
    }

    private String render(MarkdownRenderer renderer, String body) throws IOException {
        return renderer.render(body, dir.resolve("a.md"), Source.file("a.md"), 0, new ImageFiles(dir), image -> { },
                new Problems());
    }
}
