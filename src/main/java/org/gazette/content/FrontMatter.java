package org.gazette.content;

/**
 * An article file split into its YAML front matter and Markdown body.
 *
 * @param yaml          the text between the {@code ---} lines
 * @param yamlLineStart lines before the YAML text (1: the opening {@code ---})
 * @param body          the Markdown after the closing line
 * @param bodyLineStart lines before the body
 */
record FrontMatter(String yaml, int yamlLineStart, String body, int bodyLineStart) {

    /** Splits the file, or returns null when it does not start with a front matter block. */
    static FrontMatter split(String text) {
        String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
        if (!(t.startsWith("---\n") || t.startsWith("---\r\n"))) {
            return null;
        }
        int pos = t.indexOf('\n') + 1;
        int line = 1;
        while (pos < t.length()) {
            int end = t.indexOf('\n', pos);
            int next = end < 0 ? t.length() : end + 1;
            String current = t.substring(pos, end < 0 ? t.length() : end).stripTrailing();
            line++;
            if (current.equals("---") || current.equals("...")) {
                return new FrontMatter(t.substring(t.indexOf('\n') + 1, pos), 1, t.substring(next), line);
            }
            pos = next;
        }
        return null;
    }
}
