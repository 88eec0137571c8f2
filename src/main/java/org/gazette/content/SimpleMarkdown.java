package org.gazette.content;

import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.renderer.HeaderIdGenerator;
import com.vladsch.flexmark.util.data.DataHolder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.function.UnaryOperator;
import org.gazette.io.Utf8;

/**
 * Writes the HTML of a body made only of the simplest news text straight from its lines, without
 * parsing it: paragraphs, {@code #} headings, one-paragraph quotes ({@code > } on every line),
 * lists of one-line items ({@code - }) and tables of figures ({@code | a | b |} rows, see
 * {@link #table}), with {@code **strong**} words and {@code [inline](/links)}.
 * The output is flexmark's for the same body with {@link MarkdownRenderer}'s options
 * ({@code MarkdownFastPathsTest} holds it to that); anything else — other emphasis, code, images,
 * other tables, HTML, entities ({@code &amp;}; a lone {@code &} is text), escapes, indentation, line
 * breaks, lazy lines, lists that run on after a blank line — is declined (null) and parsed by
 * flexmark. Parsing was most of reading an article. It assumes MarkdownRenderer's flexmark options
 * (CommonMark with tables and strikethrough, no other extension, no URL percent-encoding): a change
 * there must be matched here, and MarkdownFastPathsTest would show the difference.
 */
final class SimpleMarkdown {
    /**
     * What a line must not start with to be paragraph text (each may start some other block). The
     * others that may ({@code _ ~ |}, and {@code *} but for strong text) text declines wherever they
     * stand ({@link #TEXT_SPECIALS}), and {@code ` \ <} {@link #render} declines in any body before
     * a line is written.
     */
    private static final String BLOCK_STARTS = "#>-+=";
    /** What a link's address may hold: nothing that flexmark would unescape, encode or end early. */
    private static final String URL_PUNCTUATION = "/._~:?#=+%,;@!$-";

    /**
     * What text escapes ({@code & > "}) or declines (the rest); every other character is copied as it
     * is. A {@code |} is declined in text: only a table's rows, split at them first, may hold one.
     */
    private static final String TEXT_SPECIALS = "&>\"*[]_~|";
    /** {@link #TEXT_SPECIALS} as a table, up to the highest of them: text looks at every character. */
    private static final boolean[] SPECIAL = new boolean['~' + 1];

    static {
        for (char c : TEXT_SPECIALS.toCharArray()) {
            SPECIAL[c] = true;
        }
    }

    /** The fewest dashes a delimiter cell of a table is taken with (flexmark takes some with fewer). */
    private static final int DELIMITER_DASHES = 3;

    private final UnaryOperator<String> siteUrl;
    private final DataHolder options;
    /** A table's opening tag, with the class the renderer's options give tables. */
    private final String tableStart;

    /**
     * @param options the renderer's, for heading ids; kept frozen, since every thread reads them and a
     *                mutable set stores each default the first time it is asked for
     */
    SimpleMarkdown(UnaryOperator<String> siteUrl, DataHolder options) {
        this.siteUrl = siteUrl;
        this.options = options.toImmutable();
        String tableClass = TablesExtension.CLASS_NAME.get(this.options);
        this.tableStart = tableClass.isEmpty() ? "<table>\n" : "<table class=\"" + CommonNodesHtml.attribute(tableClass) + "\">\n";
    }

    /**
     * The HTML, as UTF-8, of the body that is {@code utf8[from, to)}, or null when flexmark is to parse
     * it. The body is read as its bytes, and its HTML written as bytes: the text between the markup is
     * copied as it is, never decoded into a String (two bytes a character once it holds one curly quote)
     * nor encoded again (but in sanitize mode, where {@link MarkdownRenderer#renderSimple} hands the
     * HTML to the sanitizer as text). Bytes that are not UTF-8 are declined, so that the text's reader reports them,
     * and so is a body past {@link MarkdownLimits#MAX_LINKS} links, so that flexmark's path reports the limit.
     */
    byte[] render(byte[] utf8, int from, int to) {
        Body body = Body.of(utf8, from, to);
        if (body == null) {
            return null;
        }
        Out out = new Out(to - from + (to - from) / 4);
        HeaderIdGenerator ids = null;
        boolean listBefore = false;
        int i = 0;
        int lines = body.lines();
        while (i < lines) {
            int lineFrom = body.start(i);
            int lineTo = body.end(i);
            if (lineFrom == lineTo) {
                i++;
                continue;
            }
            if (blank(utf8, lineFrom, lineTo)) {
                return null; // a line of spaces: blank to CommonMark, but left to flexmark
            }
            int end = i;
            while (end < lines && body.start(end) != body.end(end)) {
                end++;
            }
            boolean list = startsWith(utf8, lineFrom, lineTo, "- ");
            if (utf8[lineFrom] == '#') {
                if (end - i != 1) {
                    return null;
                }
                if (ids == null) {
                    ids = new HeaderIdGenerator(options);
                }
                if (!heading(utf8, lineFrom, lineTo, ids, out)) {
                    return null;
                }
            } else if (startsWith(utf8, lineFrom, lineTo, "> ")) {
                out.ascii("<blockquote>\n<p>");
                if (!lines(body, i, end, true, out)) {
                    return null;
                }
                out.ascii("</p>\n</blockquote>\n");
            } else if (utf8[lineFrom] == '|') {
                if (!table(body, i, end, out)) {
                    return null;
                }
            } else if (list) {
                // A list after a blank line continues the one before it, which then becomes loose.
                if (listBefore) {
                    return null;
                }
                out.ascii("<ul>\n");
                for (int k = i; k < end; k++) {
                    if (!startsWith(utf8, body.start(k), body.end(k), "- ")) {
                        return null;
                    }
                    out.ascii("<li>");
                    if (!line(utf8, body.start(k) + 2, body.end(k), out)) {
                        return null;
                    }
                    out.ascii("</li>\n");
                }
                out.ascii("</ul>\n");
            } else {
                out.ascii("<p>");
                if (!lines(body, i, end, false, out)) {
                    return null;
                }
                out.ascii("</p>\n");
            }
            listBefore = list;
            i = end;
        }
        return out.links > MarkdownLimits.MAX_LINKS ? null : out.toByteArray();
    }

    /** {@code #} to {@code ######}, one space, then text that does not end in {@code #}. */
    private boolean heading(byte[] b, int from, int to, HeaderIdGenerator ids, Out out) {
        int level = 0;
        while (from + level < to && b[from + level] == '#') {
            level++;
        }
        int text = from + level + 1;
        if (level > 6 || text >= to || b[from + level] != ' ' || b[to - 1] == '#'
                || spaceLike(charAt(b, text)) || spaceLike(charBefore(b, to))) {
            return false;
        }
        Out html = new Out(to - text + 16);
        Out plain = new Out(to - text);
        if (!inline(b, text, to, html, plain)) {
            return false;
        }
        out.links += html.links;
        out.ascii("<h").digit(level);
        String id = ids.getId(plain.text());
        if (id != null && !id.isEmpty()) {
            out.ascii(" id=\"").text(CommonNodesHtml.attribute(id)).ascii("\"");
        }
        out.ascii(">").append(html).ascii("</h").digit(level).ascii(">\n");
        return true;
    }

    /**
     * The lines {@code [from, to)} as a table of the form news tables take: a header row, a row of
     * delimiters (three dashes or more, a colon at either end to align the column), then body rows;
     * every row starts and ends with {@code |} and has the delimiter row's number of cells, each with
     * text. Anything else (a missing or extra cell, an empty one, a second delimiter row, a table with
     * no body) is declined: flexmark's rules for those are its own.
     */
    private boolean table(Body body, int from, int to, Out out) {
        if (to - from < 3) {
            return false;
        }
        byte[] b = body.utf8();
        int[] delimiters = cells(b, body.start(from + 1), body.end(from + 1));
        if (delimiters == null) {
            return false;
        }
        String[] aligns = new String[delimiters.length / 2];
        for (int c = 0; c < aligns.length; c++) {
            aligns[c] = alignment(b, delimiters[2 * c], delimiters[2 * c + 1]);
            if (aligns[c] == null) {
                return false;
            }
        }
        out.text(tableStart).ascii("<thead>\n");
        if (!row(b, body.start(from), body.end(from), "th", aligns, out)) {
            return false;
        }
        out.ascii("</thead>\n<tbody>\n");
        for (int k = from + 2; k < to; k++) {
            if (!row(b, body.start(k), body.end(k), "td", aligns, out)) {
                return false;
            }
        }
        out.ascii("</tbody>\n</table>\n");
        return true;
    }

    /** One header or body row of a table, its cells aligned as {@code aligns} says. */
    private boolean row(byte[] b, int from, int to, String tag, String[] aligns, Out out) {
        int[] cells = cells(b, from, to);
        if (cells == null || cells.length != 2 * aligns.length) {
            return false;
        }
        out.ascii("<tr>");
        for (int c = 0; c < aligns.length; c++) {
            int start = cells[2 * c];
            int end = cells[2 * c + 1];
            while (start < end && b[start] == ' ') {
                start++;
            }
            while (end > start && b[end - 1] == ' ') {
                end--;
            }
            if (start == end || spaceLike(charAt(b, start)) || spaceLike(charBefore(b, end)) || delimiterLike(b, start, end)) {
                return false;
            }
            out.ascii("<").ascii(tag).ascii(aligns[c]).ascii(">");
            if (!inline(b, start, end, out, null)) {
                return false;
            }
            out.ascii("</").ascii(tag).ascii(">");
        }
        out.ascii("</tr>\n");
        return true;
    }

    /**
     * The cells of {@code | a | b |} as they stand between the bars, as pairs of start and end
     * offsets, or null for a line that is not a row.
     */
    private static int[] cells(byte[] b, int from, int to) {
        if (to - from < 2 || b[from] != '|' || b[to - 1] != '|') {
            return null;
        }
        int count = 0;
        for (int i = from + 1; i < to; i++) {
            if (b[i] == '|') {
                count++;
            }
        }
        int[] cells = new int[2 * count];
        int start = from + 1;
        int c = 0;
        for (int i = from + 1; i < to; i++) {
            if (b[i] == '|') {
                cells[c++] = start;
                cells[c++] = i;
                start = i + 1;
            }
        }
        return cells;
    }

    /** A delimiter cell's align attribute ("" for none), or null when the cell is not a delimiter. */
    private static String alignment(byte[] b, int from, int to) {
        while (from < to && b[from] == ' ') {
            from++;
        }
        while (to > from && b[to - 1] == ' ') {
            to--;
        }
        boolean left = from < to && b[from] == ':';
        boolean right = to - from > 1 && b[to - 1] == ':';
        int dashes = to - from - (left ? 1 : 0) - (right ? 1 : 0);
        if (dashes < DELIMITER_DASHES) {
            return null;
        }
        for (int i = from + (left ? 1 : 0), end = to - (right ? 1 : 0); i < end; i++) {
            if (b[i] != '-') {
                return null;
            }
        }
        return left && right ? " align=\"center\"" : left ? " align=\"left\"" : right ? " align=\"right\"" : "";
    }

    /**
     * A cell of dashes and colons only: flexmark takes {@code :-:} or {@code --:} for a delimiter
     * too, and a row of them for the delimiter row (a table with no header), so such a cell is left
     * to it wherever it stands.
     */
    private static boolean delimiterLike(byte[] b, int from, int to) {
        boolean dash = false;
        for (int i = from; i < to; i++) {
            if (b[i] != '-' && b[i] != ':') {
                return false;
            }
            dash |= b[i] == '-';
        }
        return dash;
    }

    /** The lines {@code [from, to)} of the body as one paragraph's text, each after {@code > } when {@code quoted}. */
    private boolean lines(Body body, int from, int to, boolean quoted, Out out) {
        byte[] b = body.utf8();
        for (int k = from; k < to; k++) {
            if (quoted && !startsWith(b, body.start(k), body.end(k), "> ")) {
                return false;
            }
            if (k > from) {
                out.ascii("\n");
            }
            if (!line(b, body.start(k) + (quoted ? 2 : 0), body.end(k), out)) {
                return false;
            }
        }
        return true;
    }

    /** One line of paragraph text from {@code start}: nothing that starts a block, no space at either end. */
    private boolean line(byte[] b, int start, int to, Out out) {
        if (start >= to || spaceLike(charAt(b, start)) || spaceLike(charBefore(b, to))
                || BLOCK_STARTS.indexOf(b[start]) >= 0 || startsOrderedItem(b, start, to)
                || b[start] == '*' && !startsWith(b, start, to, "**")) { // a list item or a rule; **strong** is text
            return false;
        }
        return inline(b, start, to, out, null);
    }

    /** Spaces (any kind): where flexmark trims or a line is blank, its rules are its own. */
    private static boolean spaceLike(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF';
    }

    /** Whether the line {@code [from, to)} holds only whitespace, as {@link String#isBlank()} tells. */
    private static boolean blank(byte[] b, int from, int to) {
        for (int i = from; i < to; i = next(b, i)) {
            if (!Character.isWhitespace(codePoint(b, i))) {
                return false;
            }
        }
        return true;
    }

    /** {@code 1.} or {@code 1)}: an ordered list item. */
    private static boolean startsOrderedItem(byte[] b, int start, int to) {
        int i = start;
        while (i < to && b[i] >= '0' && b[i] <= '9') {
            i++;
        }
        return i > start && i < to && (b[i] == '.' || b[i] == ')');
    }

    /**
     * Text with {@code **strong**} words and {@code [text](url)} links, escaped as flexmark escapes it;
     * {@code plain} (when not null) receives the text without markup, as heading ids are made from.
     */
    private boolean inline(byte[] b, int start, int n, Out out, Out plain) {
        int i = start;
        while (i < n) {
            byte c = b[i];
            if (c == '*') {
                // An opener first or after a space and before a letter, a closer after a letter and before a
                // space or plain punctuation: strong under every flanking rule. Anything else goes to flexmark.
                if (i + 2 >= n || b[i + 1] != '*' || i > start && b[i - 1] != ' '
                        || !Character.isLetterOrDigit(charAt(b, i + 2))) {
                    return false;
                }
                int close = indexOf(b, i + 2, n, "**");
                if (close < 0 || !Character.isLetterOrDigit(charBefore(b, close))
                        || close + 2 < n && " .,;:!?)".indexOf(b[close + 2]) < 0) {
                    return false;
                }
                out.ascii("<strong>");
                if (text(b, i + 2, close, false, out, plain) < 0) {
                    return false;
                }
                out.ascii("</strong>");
                i = close + 2;
            } else if (c == '[') {
                if (i > start && b[i - 1] == '!') {
                    return false; // an image
                }
                int close = indexOf(b, i + 1, n, "]");
                if (close < 0 || close == i + 1 || close + 1 >= n || b[close + 1] != '(') {
                    return false;
                }
                int end = indexOf(b, close + 2, n, ")");
                // Spaces at the ends of a link's text may start or end a line of flexmark's writer, which trims them.
                String url = end < 0 || end == close + 2 ? null : url(b, close + 2, end);
                if (url == null || spaceLike(charAt(b, i + 1)) || spaceLike(charBefore(b, close))) {
                    return false;
                }
                out.links++;
                out.ascii("<a href=\"").text(CommonNodesHtml.attribute(siteUrl.apply(url))).ascii("\">");
                if (text(b, i + 1, close, false, out, plain) < 0) {
                    return false;
                }
                out.ascii("</a>");
                i = end + 1;
            } else {
                i = text(b, i, n, true, out, plain);
                if (i < 0) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * Plain text from {@code from}, escaped, up to {@code to} or, {@code untilMarkup}, the first
     * {@code *} or {@code [} before it (where strong text or a link starts: one pass finds it and
     * copies the text). Returns where it stopped, or -1 when the text holds anything else Markdown or
     * HTML would act on. The bytes of characters past ASCII are copied as they are.
     */
    private static int text(byte[] b, int from, int to, boolean untilMarkup, Out out, Out plain) {
        int run = from; // ordinary characters are copied a run at a time
        int i = from;
        for (; i < to; i++) {
            int c = b[i];
            if (c < 0 || c > '~' || !SPECIAL[c]) {
                continue;
            }
            if (untilMarkup && (c == '*' || c == '[')) {
                break;
            }
            out.bytes(b, run, i);
            run = i + 1;
            switch (c) {
                case '&' -> {
                    // &amp; &copy; &#169; are entities: left to flexmark. A lone & is text.
                    if (i + 1 < to && (Character.isLetterOrDigit(charAt(b, i + 1)) || b[i + 1] == '#')) {
                        return -1;
                    }
                    out.ascii("&amp;");
                }
                case '>' -> out.ascii("&gt;");
                case '"' -> out.ascii("&quot;");
                default -> {
                    return -1;
                }
            }
        }
        out.bytes(b, run, i);
        if (plain != null) {
            plain.bytes(b, from, i);
        }
        return i;
    }

    /** The address {@code [from, to)} when it holds letters, digits and plain punctuation only, to a page or an http(s) site; else null. */
    private static String url(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            int c = b[i];
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c > 0 && URL_PUNCTUATION.indexOf(c) >= 0)) {
                return null;
            }
        }
        String url = new String(b, from, to - from, StandardCharsets.US_ASCII);
        // Narrower than SafeLinks today; asked as well, so that a stricter SafeLinks binds this path too.
        return (url.indexOf(':') < 0 || url.startsWith("https://") || url.startsWith("http://")) && SafeLinks.isAllowed(url)
                ? url : null;
    }

    private static boolean startsWith(byte[] b, int from, int to, String ascii) {
        if (to - from < ascii.length()) {
            return false;
        }
        for (int i = 0; i < ascii.length(); i++) {
            if (b[from + i] != ascii.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** Where {@code ascii} first stands in {@code [from, to)}, or -1. */
    private static int indexOf(byte[] b, int from, int to, String ascii) {
        for (int i = from; i + ascii.length() <= to; i++) {
            if (startsWith(b, i, to, ascii)) {
                return i;
            }
        }
        return -1;
    }

    /*
     * Characters as String.charAt gives them, so that each rule reads what it read in the body's text:
     * a character past U+FFFF is two chars there, its high surrogate first and its low one last, and
     * neither is a letter, a digit or a space.
     */

    /** The char at byte {@code i} (where a character starts). */
    private static char charAt(byte[] b, int i) {
        int cp = codePoint(b, i);
        return Character.isBmpCodePoint(cp) ? (char) cp : Character.highSurrogate(cp);
    }

    /** The char that ends just before byte {@code end}. */
    private static char charBefore(byte[] b, int end) {
        int i = end - 1;
        while ((b[i] & 0xC0) == 0x80) { // back over continuation bytes to the character's first byte
            i--;
        }
        int cp = codePoint(b, i);
        return Character.isBmpCodePoint(cp) ? (char) cp : Character.lowSurrogate(cp);
    }

    /** The code point whose UTF-8 bytes start at {@code i} (the body was found valid UTF-8). */
    private static int codePoint(byte[] b, int i) {
        int c = b[i] & 0xFF;
        if (c < 0x80) {
            return c;
        }
        if (c < 0xE0) {
            return (c & 0x1F) << 6 | b[i + 1] & 0x3F;
        }
        if (c < 0xF0) {
            return (c & 0x0F) << 12 | (b[i + 1] & 0x3F) << 6 | b[i + 2] & 0x3F;
        }
        return (c & 0x07) << 18 | (b[i + 1] & 0x3F) << 12 | (b[i + 2] & 0x3F) << 6 | b[i + 3] & 0x3F;
    }

    /** Where the character after the one at {@code i} starts. */
    private static int next(byte[] b, int i) {
        int c = b[i] & 0xFF;
        return i + (c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4);
    }

    /** The body's lines: where each starts and ends (before its {@code \n}), as {@code String.split("\n", -1)} cuts them. */
    private record Body(byte[] utf8, int[] bounds, int lines) {
        /**
         * The lines of {@code b[from, to)}, found in the one pass that declines the body for what no
         * line may hold: tabs, carriage returns and other control characters (flexmark's rules for
         * them are its own), code, escapes and HTML (declined wherever they stand: a | in a code span
         * would not split a table's cells), and bytes that are not UTF-8. Null when declined.
         */
        static Body of(byte[] b, int from, int to) {
            int[] bounds = new int[64];
            int k = 0;
            int start = from;
            int i = from;
            while (i < to) {
                int c = b[i];
                if (c < 0) { // a character past ASCII
                    int n = Utf8.sequence(b, i, to);
                    if (n == 0) {
                        return null;
                    }
                    i += n;
                    continue;
                }
                if (c == '\n') {
                    if (k + 2 > bounds.length) {
                        bounds = Arrays.copyOf(bounds, 2 * bounds.length);
                    }
                    bounds[k++] = start;
                    bounds[k++] = i;
                    start = i + 1;
                } else if (c < ' ' || c == '`' || c == '\\' || c == '<') {
                    return null;
                }
                i++;
            }
            if (k + 2 > bounds.length) {
                bounds = Arrays.copyOf(bounds, k + 2);
            }
            bounds[k++] = start;
            bounds[k++] = to;
            return new Body(b, bounds, k / 2);
        }

        int start(int line) {
            return bounds[2 * line];
        }

        int end(int line) {
            return bounds[2 * line + 1];
        }
    }

    /** The HTML being written, as UTF-8, and how many links it holds. */
    private static final class Out {
        private byte[] bytes;
        private int length;
        int links;

        Out(int capacity) {
            bytes = new byte[Math.max(16, capacity)];
        }

        Out bytes(byte[] b, int from, int to) {
            int n = to - from;
            room(n);
            System.arraycopy(b, from, bytes, length, n);
            length += n;
            return this;
        }

        /** Text known to be ASCII (the markup, a table's align attribute). */
        Out ascii(String ascii) {
            int n = ascii.length();
            room(n);
            for (int i = 0; i < n; i++) {
                bytes[length++] = (byte) ascii.charAt(i);
            }
            return this;
        }

        /** Any text (an address with the site's base path, a heading's id), as UTF-8. */
        Out text(String text) {
            byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
            return bytes(utf8, 0, utf8.length);
        }

        Out digit(int digit) {
            room(1);
            bytes[length++] = (byte) ('0' + digit);
            return this;
        }

        Out append(Out other) {
            return bytes(other.bytes, 0, other.length);
        }

        String text() {
            return new String(bytes, 0, length, StandardCharsets.UTF_8);
        }

        byte[] toByteArray() {
            return Arrays.copyOf(bytes, length);
        }

        private void room(int n) {
            if (length + n > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + n));
            }
        }
    }
}
