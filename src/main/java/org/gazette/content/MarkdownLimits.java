package org.gazette.content;

import org.gazette.model.Source;

/**
 * Cheap checks that run before the Markdown parser, so an article that would make it slow or
 * run out of stack fails alone, quickly, with its line. Measured with flexmark 0.64: nesting
 * quotes or lists a few hundred levels deep overflows the stack, and thousands of link openings
 * ({@code [a](}) in one paragraph take time that grows with their square (20,000 took 28 s).
 */
final class MarkdownLimits {
    /** Quotes and lists inside each other; real articles use two or three. */
    static final int MAX_NESTING = 32;
    /** Links, images and reference definitions in one article; real ones have dozens. */
    static final int MAX_LINKS = 1_000;

    private MarkdownLimits() {
    }

    /** Reports the first limit the body breaks and returns false, or returns true. */
    static boolean check(String body, String file, int lineOffset, Problems problems) {
        int links = 0;
        int bracket = body.indexOf(']'); // the next ] not yet looked at, carried from line to line: one search of the body
        int line = 1;
        int start = 0;
        while (start <= body.length()) {
            int end = body.indexOf('\n', start);
            if (end < 0) {
                end = body.length();
            }
            int depth = nesting(body, start, end);
            if (depth > MAX_NESTING) {
                problems.add(new Source(file, lineOffset + line, 1),
                        "quotes and lists are nested too deeply (" + depth + " levels, the limit is " + MAX_NESTING + ")",
                        "flatten the structure: no reader follows more than a few levels");
                return false;
            }
            for (; bracket >= 0 && bracket + 1 < end; bracket = body.indexOf(']', bracket + 1)) {
                char d = body.charAt(bracket + 1);
                if ((d == '(' || d == ':' || d == '[') && ++links > MAX_LINKS) {
                    problems.add(new Source(file, lineOffset + line, bracket - start + 1),
                            "too many links (more than " + MAX_LINKS + " links, images and references in one article)",
                            "split the article, or move the list of links into a file readers can download");
                    return false;
                }
            }
            line++;
            start = end + 1;
        }
        return true;
    }

    /** How many quotes and list items open at the start of a line (indentation counts for lists). */
    private static int nesting(String s, int start, int end) {
        int depth = 0;
        int indent = 0;
        int i = start;
        while (i < end) {
            char c = s.charAt(i);
            if (c == ' ') {
                indent++;
            } else if (c == '\t') {
                indent += 4;
            } else if (c == '>') {
                depth++;
                indent = 0;
            } else if ((c == '-' || c == '*' || c == '+') && i + 1 < end && s.charAt(i + 1) == ' ') {
                depth += 1 + indent / 2;
                indent = 0;
            } else if (Character.isDigit(c)) {
                int j = i;
                while (j < end && j - i < 9 && Character.isDigit(s.charAt(j))) {
                    j++;
                }
                if (j + 1 < end && (s.charAt(j) == '.' || s.charAt(j) == ')') && s.charAt(j + 1) == ' ') {
                    depth += 1 + indent / 2;
                    indent = 0;
                    i = j;
                } else {
                    break;
                }
            } else {
                break;
            }
            i++;
        }
        return depth;
    }
}
