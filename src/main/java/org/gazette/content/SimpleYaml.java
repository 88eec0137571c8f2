package org.gazette.content;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gazette.model.Source;

/**
 * Reads the YAML that editors nearly always write without the YAML engine: {@code key: value}
 * lines whose values are one-line plain or quoted scalars, lists of them ({@code - item}) or a
 * mapping of them, a few levels deep. It gives exactly the nodes and positions the engine gives
 * ({@code SimpleYamlTest} holds it to that, on fixtures and on random documents) and declines
 * everything else by returning null: comments, tabs, anchors, tags, flow collections, block
 * scalars, escapes, values over several lines, duplicate keys, mistakes. The engine then reads
 * the text, and reports the mistakes. The engine (SnakeYAML under Jackson) took a fifth of the
 * time spent reading an article.
 */
final class SimpleYaml {
    /** Characters that give a plain scalar's first character a meaning in YAML (quotes are read). */
    private static final String INDICATORS = "-?:,[]{}#&*!|>%@`";
    /** A mapping in a mapping in a mapping, or a list there: front matter goes no deeper. */
    private static final int MAX_LEVELS = 3;
    /**
     * Longer lines go to the engine, which has length rules of its own there: no key over 1,024
     * characters, no hexadecimal, octal or binary number over 1,000 digits.
     */
    private static final int MAX_LINE = 1000;

    private final String[] lines;
    private final String file;
    private final int lineOffset;
    private int next;

    private SimpleYaml(String[] lines, String file, int lineOffset) {
        this.lines = lines;
        this.file = file;
        this.lineOffset = lineOffset;
    }

    /** The document's root mapping, or null when the engine is to read the text. */
    static YamlNode read(String text, String file, int lineOffset) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.endsWith("\r")) {
                line = line.substring(0, line.length() - 1);
                lines[i] = line;
            }
            if (line.length() > MAX_LINE) {
                return null;
            }
            for (int c = 0; c < line.length(); c++) {
                if (!plainCharacter(line.charAt(c))) {
                    return null;
                }
            }
        }
        SimpleYaml reader = new SimpleYaml(lines, file, lineOffset);
        reader.skipBlankLines();
        if (reader.next == lines.length) {
            return null;
        }
        YamlNode root = reader.mapping(indentOf(lines[reader.next]), 1);
        reader.skipBlankLines();
        return reader.next == lines.length ? root : null;
    }

    /**
     * Printable, and not a line break or tab: YAML 1.1 also breaks lines at NEL, LS and PS, and the
     * engine refuses most control characters. Surrogates (emoji) are left to the engine too.
     */
    private static boolean plainCharacter(char c) {
        return c >= 0x20 && c < 0x7F || c >= 0xA0 && c < 0x2028 || c > 0x2029 && c < 0xD800 || c >= 0xE000 && c < 0xFEFF
                || c > 0xFEFF && c < 0xFFFE;
    }

    private YamlNode.Mapping mapping(int indent, int depth) {
        if (depth > MAX_LEVELS) {
            return null;
        }
        // Called at its first key's line: the first pass of the loop stores an entry or declines.
        Source at = source(next, indent);
        Map<String, YamlNode.Entry> entries = new LinkedHashMap<>();
        while (skipBlankLines()) {
            String line = lines[next];
            int lineIndent = indentOf(line);
            if (lineIndent < indent) {
                break;
            }
            int colon = keyEnd(line, lineIndent);
            if (lineIndent > indent || colon < 0) {
                return null;
            }
            String key = line.substring(lineIndent, colon);
            if (entries.containsKey(key) || isNullWord(key)) {
                return null;
            }
            Source keySource = source(next, lineIndent);
            int keyLine = next++;
            int valueStart = skipSpaces(line, colon + 1);
            YamlNode value = valueStart < line.length() ? scalar(line, valueStart, keyLine)
                    : nested(indent, depth, source(keyLine, colon + 1));
            if (value == null) {
                return null;
            }
            entries.put(key, new YamlNode.Entry(key, keySource, value));
        }
        return new YamlNode.Mapping(entries, at);
    }

    /** The value of a key with nothing after its colon: a list or mapping below it, or empty text. */
    private YamlNode nested(int indent, int depth, Source afterColon) {
        if (skipBlankLines()) {
            String line = lines[next];
            int lineIndent = indentOf(line);
            if (lineIndent >= indent && isItem(line, lineIndent)) {
                return sequence(lineIndent, depth + 1);
            }
            if (lineIndent > indent) {
                return mapping(lineIndent, depth + 1);
            }
        }
        return new YamlNode.Scalar("", afterColon);
    }

    private YamlNode.Sequence sequence(int indent, int depth) {
        if (depth > MAX_LEVELS) {
            return null;
        }
        Source at = source(next, indent);
        List<YamlNode> items = new ArrayList<>();
        while (skipBlankLines()) {
            String line = lines[next];
            int lineIndent = indentOf(line);
            if (lineIndent < indent || lineIndent == indent && !isItem(line, lineIndent)) {
                break;
            }
            if (lineIndent > indent) {
                return null;
            }
            int itemLine = next++;
            int valueStart = skipSpaces(line, indent + 1);
            YamlNode item = valueStart < line.length() ? scalar(line, valueStart, itemLine)
                    : new YamlNode.Scalar("", source(itemLine, indent + 1));
            if (item == null) {
                return null;
            }
            items.add(item);
        }
        return new YamlNode.Sequence(items, at);
    }

    /** A one-line scalar starting at {@code start}, or null for anything more. */
    private YamlNode scalar(String line, int start, int lineIndex) {
        Source at = source(lineIndex, start);
        char first = line.charAt(start);
        if (first == '"') {
            int close = line.indexOf('"', start + 1);
            if (close < 0 || line.lastIndexOf('\\', close) > start || skipSpaces(line, close + 1) < line.length()) {
                return null;
            }
            return new YamlNode.Scalar(line.substring(start + 1, close), at);
        }
        if (first == '\'') {
            StringBuilder text = new StringBuilder();
            int i = start + 1;
            while (true) {
                int quote = line.indexOf('\'', i);
                if (quote < 0) {
                    return null;
                }
                text.append(line, i, quote);
                if (quote + 1 < line.length() && line.charAt(quote + 1) == '\'') {
                    text.append('\'');
                    i = quote + 2;
                } else {
                    return skipSpaces(line, quote + 1) < line.length() ? null : new YamlNode.Scalar(text.toString(), at);
                }
            }
        }
        if (INDICATORS.indexOf(first) >= 0) {
            return null;
        }
        int end = line.length();
        while (line.charAt(end - 1) == ' ') { // YAML's spaces only: stripTrailing() also takes U+2003 and the like
            end--;
        }
        String text = line.substring(start, end);
        if (text.contains(": ") || text.contains(" #") || text.endsWith(":")) {
            return null;
        }
        return new YamlNode.Scalar(isNullWord(text) ? null : text, at);
    }

    private static boolean isNullWord(String text) {
        return text.equals("null") || text.equals("Null") || text.equals("NULL") || text.equals("~");
    }

    /** The index of the colon ending a key of letters, digits, {@code _} and {@code -} at {@code start}, or -1. */
    private static int keyEnd(String line, int start) {
        int i = start;
        while (i < line.length() && isKeyCharacter(line.charAt(i))) {
            i++;
        }
        boolean colon = i > start && line.charAt(start) != '-' && i < line.length() && line.charAt(i) == ':'
                && (i + 1 == line.length() || line.charAt(i + 1) == ' ');
        return colon ? i : -1;
    }

    private static boolean isKeyCharacter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-';
    }

    private static boolean isItem(String line, int indent) {
        return line.charAt(indent) == '-' && (indent + 1 == line.length() || line.charAt(indent + 1) == ' ');
    }

    /** Moves past lines of spaces; false at the end of the text. */
    private boolean skipBlankLines() {
        while (next < lines.length && skipSpaces(lines[next], 0) == lines[next].length()) {
            next++;
        }
        return next < lines.length;
    }

    private static int indentOf(String line) {
        return skipSpaces(line, 0);
    }

    private static int skipSpaces(String line, int from) {
        int i = from;
        while (i < line.length() && line.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    /** The engine's position of a 0-based index on a 0-based line of the text. */
    private Source source(int lineIndex, int index) {
        return new Source(file, lineOffset + lineIndex + 1, index + 1);
    }
}
