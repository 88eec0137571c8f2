package org.gazette.content;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.gazette.model.Body;

/**
 * A body held as its UTF-8 bytes, as the article cache keeps it and {@link SimpleMarkdown} writes it:
 * the body store takes the bytes as they are, so such a body is neither decoded nor encoded again on
 * its way to the store. Equal when the bytes are.
 */
record Utf8Body(byte[] utf8) implements Body {
    @Override
    public String html() {
        return new String(utf8, StandardCharsets.UTF_8);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Utf8Body other && Arrays.equals(utf8, other.utf8);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(utf8);
    }

    @Override
    public String toString() {
        return "Utf8Body[" + utf8.length + " bytes]";
    }
}
