package org.gazette.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.gazette.model.Source;

/**
 * Typed, position-aware access to the keys of one YAML mapping. Every wrong key or value becomes
 * an error in {@link Problems} (the reader carries on, so all errors surface in one build) and the
 * accessor returns null.
 */
final class Fields {
    private final YamlNode.Mapping mapping;
    private final Problems problems;

    private Fields(YamlNode.Mapping mapping, Problems problems) {
        this.mapping = mapping;
        this.problems = problems;
    }

    /**
     * Reads a mapping whose keys must all be in {@code allowed}; returns null (after reporting)
     * when the node is not a mapping.
     */
    static Fields of(YamlNode node, Set<String> allowed, String what, Problems problems) {
        if (!(node instanceof YamlNode.Mapping mapping)) {
            problems.add(node.source(), what + " must be a mapping of 'key: value' lines, found " + YamlNode.kindOf(node));
            return null;
        }
        for (YamlNode.Entry entry : mapping.entries().values()) {
            if (!allowed.contains(entry.key())) {
                problems.add(entry.keySource(), "unknown key '" + entry.key() + "' in " + what,
                        Suggestions.hint(entry.key(), new TreeSet<>(allowed)));
            }
        }
        return new Fields(mapping, problems);
    }

    boolean has(String key) {
        YamlNode.Entry entry = mapping.entries().get(key);
        return entry != null && !(entry.value() instanceof YamlNode.Scalar s && s.isNull());
    }

    YamlNode node(String key) {
        YamlNode.Entry entry = mapping.entries().get(key);
        return entry == null ? null : entry.value();
    }

    /** Where the key's value is, or the mapping itself when the key is missing. */
    Source source(String key) {
        YamlNode.Entry entry = mapping.entries().get(key);
        return entry == null ? mapping.source() : entry.value().source();
    }

    Source keySource(String key) {
        YamlNode.Entry entry = mapping.entries().get(key);
        return entry == null ? mapping.source() : entry.keySource();
    }

    Source mappingSource() {
        return mapping.source();
    }

    void error(String key, String message, String hint) {
        problems.add(source(key), message, hint);
    }

    /** A text value; blank text counts as missing. */
    String string(String key, boolean required) {
        YamlNode node = node(key);
        if (node == null || (node instanceof YamlNode.Scalar s && (s.isNull() || s.text().isBlank()))) {
            if (required) {
                problems.add(node == null ? mapping.source() : node.source(), "missing required key '" + key + "'",
                        "add a line '" + key + ": …'");
            }
            return null;
        }
        if (node instanceof YamlNode.Scalar s) {
            return s.text().strip();
        }
        problems.add(node.source(), "'" + key + "' must be text, found " + YamlNode.kindOf(node),
                "write it on one line, e.g. " + key + ": \"…\"");
        return null;
    }

    /** {@code true} or {@code false}, nothing else: YAML 1.1's yes/no/on/off are refused, not guessed. */
    Boolean bool(String key) {
        String text = string(key, false);
        if (text == null) {
            return null;
        }
        return switch (text) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> {
                problems.add(source(key), "'" + key + "' must be true or false, found '" + text + "'",
                        "write " + key + ": true or " + key + ": false");
                yield null;
            }
        };
    }

    Integer integer(String key, int min, int max) {
        String text = string(key, false);
        if (text == null) {
            return null;
        }
        try {
            int value = Integer.parseInt(text);
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.add(source(key), "'" + key + "' must be a whole number from " + min + " to " + max + ", found '" + text + "'");
        return null;
    }

    /** A text value and where it was written. */
    record Text(String value, Source source) {
    }

    /** Like {@link #strings}, keeping each entry's position for errors about that entry. */
    List<Text> texts(String key) {
        YamlNode node = node(key);
        if (node instanceof YamlNode.Sequence seq) {
            List<Text> out = new ArrayList<>();
            List<String> values = strings(key);
            int i = 0;
            for (YamlNode item : seq.items()) {
                if (item instanceof YamlNode.Scalar s && !s.isNull() && !s.text().isBlank() && i < values.size()) {
                    out.add(new Text(values.get(i++), item.source()));
                }
            }
            return out;
        }
        return strings(key).stream().map(v -> new Text(v, source(key))).toList();
    }

    /** A list of text values; a single text value is refused with a hint, so "a, b" never becomes one tag. */
    List<String> strings(String key) {
        YamlNode node = node(key);
        if (node == null || (node instanceof YamlNode.Scalar s && s.isNull())) {
            return List.of();
        }
        if (!(node instanceof YamlNode.Sequence seq)) {
            problems.add(node.source(), "'" + key + "' must be a list, found " + YamlNode.kindOf(node),
                    "write " + key + ": [first, second] or one '- item' line per entry");
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (YamlNode item : seq.items()) {
            if (item instanceof YamlNode.Scalar s && !s.isNull() && !s.text().isBlank()) {
                out.add(s.text().strip());
            } else {
                problems.add(item.source(), "each entry of '" + key + "' must be text, found " + YamlNode.kindOf(item));
            }
        }
        return out;
    }
}
