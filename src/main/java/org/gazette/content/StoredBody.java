package org.gazette.content;

import java.nio.charset.StandardCharsets;
import org.gazette.model.Body;

/**
 * A body as UTF-8 bytes in a {@link BodyFile}, read only when a page or feed needs it. Its checksum
 * was made when the bytes were written, so a page's fingerprint never reads them.
 */
record StoredBody(BodyFile file, long offset, int length, long crcs) implements Body {
    @Override
    public String html() {
        return new String(utf8(), StandardCharsets.UTF_8);
    }

    @Override
    public byte[] utf8() {
        return file.read(offset, length);
    }

    @Override
    public Checksum checksum() {
        return new Checksum(length, crcs);
    }
}
