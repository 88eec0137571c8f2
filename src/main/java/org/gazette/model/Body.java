package org.gazette.model;

/**
 * An article's rendered HTML. A build keeps the bodies of a large newsroom on disk and reads each
 * when a page or feed needs it, so memory grows with article metadata, not with article text.
 */
public interface Body {
    String html();

    /**
     * The HTML as UTF-8 if the body keeps it so (as the article cache and the body store do), without
     * decoding it; null for a body held as text, which is not encoded for nothing.
     */
    default byte[] utf8() {
        return null;
    }

    /** The HTML as UTF-8: the bytes the body keeps ({@link #utf8()}), else its HTML encoded. */
    default byte[] encoded() {
        byte[] kept = utf8();
        return kept != null ? kept : html().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    /**
     * The length and CRCs of {@link #encoded()} when the body knows them without reading its bytes
     * (one kept on disk, as the article cache or the body store wrote it); else null. A page's
     * fingerprint takes these, so a page kept from the last build never reads its article's body.
     */
    default Checksum checksum() {
        return null;
    }

    /** The length of a body's UTF-8 bytes and their CRCs, as {@code io.Checksums#crcs} makes them. */
    record Checksum(int length, long crcs) {
    }

    /** A body held in memory (a preview, a test, a small tool). */
    static Body of(String html) {
        return new InMemory(html);
    }

    /** Equal bodies hold equal HTML. */
    record InMemory(String html) implements Body {
        public InMemory {
            java.util.Objects.requireNonNull(html);
        }
    }
}
