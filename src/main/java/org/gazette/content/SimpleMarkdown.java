package org.gazette.content;

import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.renderer.HeaderIdGenerator;
import com.vladsch.flexmark.util.data.DataHolder;
import java.util.function.UnaryOperator;

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

    /** The body's HTML, or null when flexmark is to parse it. */
    String render(String body) {
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            // Tabs, carriage returns, NULs: flexmark's rules for them are its own. Code, escapes and HTML
            // are declined wherever they stand (a | in a code span would not split a table's cells): no
            // line is written before that is known.
            if (c < ' ' && c != '\n' || c == '`' || c == '\\' || c == '<') {
                return null;
            }
        }
        String[] lines = body.split("\n", -1);
        StringBuilder out = new StringBuilder(body.length() + body.length() / 4);
        HeaderIdGenerator ids = null;
        boolean listBefore = false;
        int i = 0;
        while (i < lines.length) {
            if (lines[i].isBlank()) {
                if (!lines[i].isEmpty()) {
                    return null; // a line of spaces: blank to CommonMark, but left to flexmark
                }
                i++;
                continue;
            }
            int end = i;
            while (end < lines.length && !lines[end].isEmpty()) {
                end++;
            }
            String first = lines[i];
            boolean list = first.startsWith("- ");
            if (first.startsWith("#")) {
                if (end - i != 1) {
                    return null;
                }
                if (ids == null) {
                    ids = new HeaderIdGenerator(options);
                }
                if (!heading(first, ids, out)) {
                    return null;
                }
            } else if (first.startsWith("> ")) {
                out.append("<blockquote>\n<p>");
                if (!lines(lines, i, end, "> ", out)) {
                    return null;
                }
                out.append("</p>\n</blockquote>\n");
            } else if (first.startsWith("|")) {
                if (!table(lines, i, end, out)) {
                    return null;
                }
            } else if (list) {
                // A list after a blank line continues the one before it, which then becomes loose.
                if (listBefore) {
                    return null;
                }
                out.append("<ul>\n");
                for (int k = i; k < end; k++) {
                    if (!lines[k].startsWith("- ")) {
                        return null;
                    }
                    out.append("<li>");
                    if (!line(lines[k], 2, out)) {
                        return null;
                    }
                    out.append("</li>\n");
                }
                out.append("</ul>\n");
            } else {
                out.append("<p>");
                if (!lines(lines, i, end, "", out)) {
                    return null;
                }
                out.append("</p>\n");
            }
            listBefore = list;
            i = end;
        }
        return out.toString();
    }

    /** {@code #} to {@code ######}, one space, then text that does not end in {@code #}. */
    private boolean heading(String line, HeaderIdGenerator ids, StringBuilder out) {
        int level = 0;
        while (level < line.length() && line.charAt(level) == '#') {
            level++;
        }
        if (level > 6 || level + 1 >= line.length() || line.charAt(level) != ' ' || line.endsWith("#")
                || spaceLike(line.charAt(level + 1)) || spaceLike(line.charAt(line.length() - 1))) {
            return false;
        }
        StringBuilder html = new StringBuilder();
        StringBuilder text = new StringBuilder();
        if (!inline(line, level + 1, html, text)) {
            return false;
        }
        out.append("<h").append(level);
        String id = ids.getId(text);
        if (id != null && !id.isEmpty()) {
            out.append(" id=\"").append(CommonNodesHtml.attribute(id)).append('"');
        }
        out.append('>').append(html).append("</h").append(level).append(">\n");
        return true;
    }

    /**
     * The lines {@code [from, to)} as a table of the form news tables take: a header row, a row of
     * delimiters (three dashes or more, a colon at either end to align the column), then body rows;
     * every row starts and ends with {@code |} and has the delimiter row's number of cells, each with
     * text. Anything else (a missing or extra cell, an empty one, a second delimiter row, a table with
     * no body) is declined: flexmark's rules for those are its own.
     */
    private boolean table(String[] lines, int from, int to, StringBuilder out) {
        if (to - from < 3) {
            return false;
        }
        String[] delimiters = cells(lines[from + 1]);
        if (delimiters == null) {
            return false;
        }
        String[] aligns = new String[delimiters.length];
        for (int c = 0; c < delimiters.length; c++) {
            aligns[c] = alignment(delimiters[c]);
            if (aligns[c] == null) {
                return false;
            }
        }
        out.append(tableStart).append("<thead>\n");
        if (!row(lines[from], "th", aligns, out)) {
            return false;
        }
        out.append("</thead>\n<tbody>\n");
        for (int k = from + 2; k < to; k++) {
            if (!row(lines[k], "td", aligns, out)) {
                return false;
            }
        }
        out.append("</tbody>\n</table>\n");
        return true;
    }

    /** One header or body row of a table, its cells aligned as {@code aligns} says. */
    private boolean row(String line, String tag, String[] aligns, StringBuilder out) {
        String[] cells = cells(line);
        if (cells == null || cells.length != aligns.length) {
            return false;
        }
        out.append("<tr>");
        for (int c = 0; c < cells.length; c++) {
            String text = trimSpaces(cells[c]);
            if (text.isEmpty() || spaceLike(text.charAt(0)) || spaceLike(text.charAt(text.length() - 1))
                    || delimiterLike(text)) {
                return false;
            }
            out.append('<').append(tag).append(aligns[c]).append('>');
            if (!inline(text, 0, out, null)) {
                return false;
            }
            out.append("</").append(tag).append('>');
        }
        out.append("</tr>\n");
        return true;
    }

    /** The cells of {@code | a | b |} as they stand between the bars, or null for a line that is not a row. */
    private static String[] cells(String line) {
        if (line.length() < 2 || line.charAt(0) != '|' || line.charAt(line.length() - 1) != '|') {
            return null;
        }
        return line.substring(1, line.length() - 1).split("\\|", -1);
    }

    /** A delimiter cell's align attribute ("" for none), or null when the cell is not a delimiter. */
    private static String alignment(String cell) {
        String d = trimSpaces(cell);
        boolean left = d.startsWith(":");
        boolean right = d.length() > 1 && d.endsWith(":");
        int dashes = d.length() - (left ? 1 : 0) - (right ? 1 : 0);
        if (dashes < DELIMITER_DASHES) {
            return null;
        }
        for (int i = left ? 1 : 0, end = d.length() - (right ? 1 : 0); i < end; i++) {
            if (d.charAt(i) != '-') {
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
    private static boolean delimiterLike(String cell) {
        for (int i = 0; i < cell.length(); i++) {
            if (cell.charAt(i) != '-' && cell.charAt(i) != ':') {
                return false;
            }
        }
        return cell.indexOf('-') >= 0;
    }

    /** {@code text} without the ASCII spaces at its ends (what flexmark trims off a cell). */
    private static String trimSpaces(String text) {
        int from = 0;
        int to = text.length();
        while (from < to && text.charAt(from) == ' ') {
            from++;
        }
        while (to > from && text.charAt(to - 1) == ' ') {
            to--;
        }
        return text.substring(from, to);
    }

    /** The lines {@code [from, to)} as one paragraph's text, each after {@code prefix}. */
    private boolean lines(String[] lines, int from, int to, String prefix, StringBuilder out) {
        for (int k = from; k < to; k++) {
            if (!lines[k].startsWith(prefix)) {
                return false;
            }
            if (k > from) {
                out.append('\n');
            }
            if (!line(lines[k], prefix.length(), out)) {
                return false;
            }
        }
        return true;
    }

    /** One line of paragraph text from {@code start}: nothing that starts a block, no space at either end. */
    private boolean line(String line, int start, StringBuilder out) {
        if (start >= line.length() || spaceLike(line.charAt(start)) || spaceLike(line.charAt(line.length() - 1))
                || BLOCK_STARTS.indexOf(line.charAt(start)) >= 0 || startsOrderedItem(line, start)
                || line.charAt(start) == '*' && !line.startsWith("**", start)) { // a list item or a rule; **strong** is text
            return false;
        }
        return inline(line, start, out, null);
    }

    /** Spaces (any kind): where flexmark trims or a line is blank, its rules are its own. */
    private static boolean spaceLike(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF';
    }

    /** {@code 1.} or {@code 1)}: an ordered list item. */
    private static boolean startsOrderedItem(String line, int start) {
        int i = start;
        while (i < line.length() && line.charAt(i) >= '0' && line.charAt(i) <= '9') {
            i++;
        }
        return i > start && i < line.length() && (line.charAt(i) == '.' || line.charAt(i) == ')');
    }

    /**
     * Text with {@code **strong**} words and {@code [text](url)} links, escaped as flexmark escapes it;
     * {@code plain} (when not null) receives the text without markup, as heading ids are made from.
     */
    private boolean inline(String line, int start, StringBuilder out, StringBuilder plain) {
        int i = start;
        int n = line.length();
        while (i < n) {
            char c = line.charAt(i);
            if (c == '*') {
                // An opener first or after a space and before a letter, a closer after a letter and before a
                // space or plain punctuation: strong under every flanking rule. Anything else goes to flexmark.
                if (i + 2 >= n || line.charAt(i + 1) != '*' || i > start && line.charAt(i - 1) != ' '
                        || !Character.isLetterOrDigit(line.charAt(i + 2))) {
                    return false;
                }
                int close = line.indexOf("**", i + 2);
                if (close < 0 || !Character.isLetterOrDigit(line.charAt(close - 1))
                        || close + 2 < n && " .,;:!?)".indexOf(line.charAt(close + 2)) < 0) {
                    return false;
                }
                out.append("<strong>");
                if (text(line, i + 2, close, false, out, plain) < 0) {
                    return false;
                }
                out.append("</strong>");
                i = close + 2;
            } else if (c == '[') {
                if (i > start && line.charAt(i - 1) == '!') {
                    return false; // an image
                }
                int close = line.indexOf(']', i + 1);
                if (close < 0 || close == i + 1 || close + 1 >= n || line.charAt(close + 1) != '(') {
                    return false;
                }
                int end = line.indexOf(')', close + 2);
                // Spaces at the ends of a link's text may start or end a line of flexmark's writer, which trims them.
                if (end < 0 || end == close + 2 || !isUrl(line, close + 2, end)
                        || spaceLike(line.charAt(i + 1)) || spaceLike(line.charAt(close - 1))) {
                    return false;
                }
                String url = line.substring(close + 2, end);
                out.append("<a href=\"").append(CommonNodesHtml.attribute(siteUrl.apply(url))).append("\">");
                if (text(line, i + 1, close, false, out, plain) < 0) {
                    return false;
                }
                out.append("</a>");
                i = end + 1;
            } else {
                i = text(line, i, n, true, out, plain);
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
     * HTML would act on.
     */
    private static int text(String line, int from, int to, boolean untilMarkup, StringBuilder out, StringBuilder plain) {
        int run = from; // ordinary characters are copied a run at a time
        int i = from;
        for (; i < to; i++) {
            char c = line.charAt(i);
            if (c > '~' || !SPECIAL[c]) {
                continue;
            }
            if (untilMarkup && (c == '*' || c == '[')) {
                break;
            }
            out.append(line, run, i);
            run = i + 1;
            switch (c) {
                case '&' -> {
                    // &amp; &copy; &#169; are entities: left to flexmark. A lone & is text.
                    if (i + 1 < to && (Character.isLetterOrDigit(line.charAt(i + 1)) || line.charAt(i + 1) == '#')) {
                        return -1;
                    }
                    out.append("&amp;");
                }
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> {
                    return -1;
                }
            }
        }
        out.append(line, run, i);
        if (plain != null) {
            plain.append(line, from, i);
        }
        return i;
    }

    /** An address of letters, digits and plain punctuation, to a page or an http(s) site. */
    private static boolean isUrl(String line, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = line.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || URL_PUNCTUATION.indexOf(c) >= 0)) {
                return false;
            }
        }
        String url = line.substring(from, to);
        // Narrower than SafeLinks today; asked as well, so that a stricter SafeLinks binds this path too.
        return (url.indexOf(':') < 0 || url.startsWith("https://") || url.startsWith("http://")) && SafeLinks.isAllowed(url);
    }
}
