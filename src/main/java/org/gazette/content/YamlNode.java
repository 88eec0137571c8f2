package org.gazette.content;

import java.util.List;
import java.util.Map;
import org.gazette.model.Source;

/**
 * A YAML value that remembers where it was written. Scalars keep the editor's raw text, so the
 * meaning of a value is decided by the field that reads it, never by YAML 1.1 guessing
 * ({@code no} stays the word "no" in a title).
 */
public sealed interface YamlNode {

    Source source();

    /** A plain or quoted scalar; {@code text} is null for an explicit or empty null. */
    record Scalar(String text, Source source) implements YamlNode {
        public boolean isNull() {
            return text == null;
        }
    }

    /** A mapping in document order; keys are unique (duplicates are rejected while reading). */
    record Mapping(Map<String, Entry> entries, Source source) implements YamlNode {
        public Mapping {
            entries = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(entries));
        }
    }

    /** A key and its value; the key's own position is where "unknown key" errors point. */
    record Entry(String key, Source keySource, YamlNode value) {
    }

    record Sequence(List<YamlNode> items, Source source) implements YamlNode {
        public Sequence {
            items = List.copyOf(items);
        }
    }

    /** A human name for the node's kind, for messages like "expected a list, found text". */
    static String kindOf(YamlNode node) {
        if (node instanceof Scalar s) {
            return s.isNull() ? "nothing" : "text '" + s.text() + "'";
        }
        return node instanceof Mapping ? "a mapping (key: value pairs)" : "a list";
    }
}
