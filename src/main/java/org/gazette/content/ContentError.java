package org.gazette.content;

import org.gazette.model.Source;

/** One problem an editor can fix: where it is, what is wrong, and (optionally) how to fix it. */
public record ContentError(Source source, String message, String hint) implements Comparable<ContentError> {

    public ContentError(Source source, String message) {
        this(source, message, null);
    }

    /** {@code path:line:column: message}, then the hint on its own indented line. */
    public String format() {
        String head = source + ": " + message;
        return hint == null ? head : head + "\n    hint: " + hint;
    }

    @Override
    public int compareTo(ContentError o) {
        int c = source.file().compareTo(o.source.file());
        if (c == 0) c = Integer.compare(source.line(), o.source.line());
        if (c == 0) c = Integer.compare(source.column(), o.source.column());
        return c != 0 ? c : message.compareTo(o.message);
    }
}
