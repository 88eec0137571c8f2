package org.gazette.content;

/**
 * An article file split into its YAML front matter and Markdown body.
 *
 * @param yaml          the text between the {@code ---} lines
 * @param yamlLineStart lines before the YAML text (1: the opening {@code ---})
 * @param text          the whole file's text
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

    /** Where the body starts in the text's UTF-8 bytes: the UTF-8 length of all before it. */
    int bodyUtf8Start() {
        int bytes = 0;
        for (int i = 0; i < bodyStart; i++) {
            char c = text.charAt(i);
            // A surrogate pair is four bytes: two for each half.
            bytes += c < 0x80 ? 1 : c < 0x800 || Character.isSurrogate(c) ? 2 : 3;
        }
        return bytes;
    }
}
