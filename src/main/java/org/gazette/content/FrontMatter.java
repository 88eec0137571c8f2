package org.gazette.content;

import java.nio.charset.StandardCharsets;

/**
 * An article file split into its YAML front matter and Markdown body.
 *
 * @param yaml          the text between the {@code ---} lines
 * @param yamlLineStart lines before the YAML text (1: the opening {@code ---})
 * @param text          the text split: the whole file's, or only its front matter ({@link #head}, whose body is empty)
 * @param bodyStart     where the Markdown after the closing line starts in {@code text}
 * @param bodyLineStart lines before the body
 */
record FrontMatter(String yaml, int yamlLineStart, String text, int bodyStart, int bodyLineStart) {

    /** Splits the file, or returns null when it does not start with a front matter block. */
    static FrontMatter split(String text) {
        int from = text.startsWith("\uFEFF") ? 1 : 0;
        if (!(text.startsWith("---\n", from) || text.startsWith("---\r\n", from))) {
            return null;
        }
        int yamlStart = text.indexOf('\n', from) + 1;
        int pos = yamlStart;
        int line = 1;
        while (pos < text.length()) {
            int end = text.indexOf('\n', pos);
            int next = end < 0 ? text.length() : end + 1;
            String current = text.substring(pos, end < 0 ? text.length() : end).stripTrailing();
            line++;
            if (current.equals("---") || current.equals("...")) {
                return new FrontMatter(text.substring(yamlStart, pos), 1, text, next, line);
            }
            pos = next;
        }
        return null;
    }

    /** The Markdown after the closing line. */
    String body() {
        return text.substring(bodyStart);
    }

    /**
     * The front matter of {@code b[0, end)} ({@link #closingLineEnd}'s end), when its text is exactly
     * what the whole file's text would give: decoded with nothing to report or normalise
     * ({@link TextFiles#isPlain}), and closed at that very line by {@link #split}'s rules. Else null.
     */
    static FrontMatter head(byte[] b, int end) {
        String head = new String(b, 0, end, StandardCharsets.UTF_8);
        FrontMatter parts = split(head);
        return parts != null && parts.bodyStart() == head.length() && TextFiles.isPlain(head) ? parts : null;
    }

    /**
     * Where the body starts in a file's bytes when the file starts with {@code ---\n} (after a byte
     * order mark, if any) and a plain line closes its front matter: {@code ---} or {@code ...}, then
     * spaces or tabs at most, then a line break or the end of the file. Otherwise -1. Where the
     * text's rules would not take this line, or take an earlier one, {@link #head} finds out.
     */
    static int closingLineEnd(byte[] b) {
        int from = b.length >= 3 && b[0] == (byte) 0xEF && b[1] == (byte) 0xBB && b[2] == (byte) 0xBF ? 3 : 0;
        if (!(b.length >= from + 4 && b[from] == '-' && b[from + 1] == '-' && b[from + 2] == '-' && b[from + 3] == '\n')) {
            return -1;
        }
        int pos = from + 4;
        while (pos < b.length) {
            int end = pos;
            while (end < b.length && b[end] != '\n') {
                end++;
            }
            int stop = end;
            while (stop > pos && (b[stop - 1] == ' ' || b[stop - 1] == '\t')) {
                stop--;
            }
            if (stop - pos == 3 && (b[pos] == '-' && b[pos + 1] == '-' && b[pos + 2] == '-'
                    || b[pos] == '.' && b[pos + 1] == '.' && b[pos + 2] == '.')) {
                return Math.min(end + 1, b.length);
            }
            pos = end + 1;
        }
        return -1;
    }
}
