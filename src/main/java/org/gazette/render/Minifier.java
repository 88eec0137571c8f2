package org.gazette.render;

/**
 * Small, conservative minifiers for the theme's own CSS and JavaScript. They never change what a
 * browser runs: strings are copied untouched, CSS loses comments and the whitespace that carries
 * no meaning, JavaScript only its indentation, blank lines and whole-line comments.
 */
final class Minifier {
    private Minifier() {
    }

    /** Drops comments, collapses whitespace, and removes it around {@code { } ; , :} outside strings. */
    static String css(String css) {
        StringBuilder out = new StringBuilder(css.length());
        int n = css.length();
        int i = 0;
        boolean pendingSpace = false;
        while (i < n) {
            char c = css.charAt(i);
            if (c == '/' && i + 1 < n && css.charAt(i + 1) == '*') {
                int end = css.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 2;
                pendingSpace = true;
                continue;
            }
            if (Character.isWhitespace(c)) {
                pendingSpace = true;
                i++;
                continue;
            }
            if (pendingSpace && out.length() > 0 && !isTight(out.charAt(out.length() - 1), true) && !isTight(c, false)) {
                out.append(' ');
            }
            pendingSpace = false;
            if (c == '"' || c == '\'') {
                int j = i + 1;
                while (j < n && css.charAt(j) != c) {
                    j += css.charAt(j) == '\\' ? 2 : 1;
                }
                j = Math.min(j + 1, n);
                out.append(css, i, j);
                i = j;
                continue;
            }
            if (c == '}' && out.length() > 0 && out.charAt(out.length() - 1) == ';') {
                out.setLength(out.length() - 1);
            }
            out.append(c);
            i++;
        }
        return out.append('\n').toString();
    }

    /**
     * Whether whitespace next to {@code c} can go: around braces, semicolons and commas, and after
     * a colon (never before one: {@code a :hover} and {@code a:hover} differ).
     */
    private static boolean isTight(char c, boolean before) {
        return c == '{' || c == '}' || c == ';' || c == ',' || (before && c == ':');
    }

    /** Drops indentation, blank lines and lines that are only a {@code //} comment. */
    static String js(String js) {
        StringBuilder out = new StringBuilder(js.length());
        for (String line : js.split("\n", -1)) {
            String t = line.strip();
            if (t.isEmpty() || t.startsWith("//")) {
                continue;
            }
            out.append(t).append('\n');
        }
        return out.toString();
    }
}
