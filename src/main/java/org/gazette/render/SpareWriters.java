package org.gazette.render;

/**
 * One {@link Utf8Writer} per thread, emptied and used again for the next document: a fresh buffer for
 * every page (then grown for the larger ones) was a third of all the memory a 100,000-article build
 * allocated (JFR). A writer taken while the thread's own is in use (a block made inside another) is a
 * new one, and one a large document grew past the limit is not kept.
 */
final class SpareWriters {
    private final ThreadLocal<Utf8Writer> spare = new ThreadLocal<>();
    private final int capacity;
    private final int kept;

    /**
     * @param capacity the room a new writer starts with
     * @param kept     the largest buffer kept for the next document
     */
    SpareWriters(int capacity, int kept) {
        this.capacity = capacity;
        this.kept = kept;
    }

    /** The thread's writer, emptied, or a new one. */
    Utf8Writer take() {
        Utf8Writer writer = spare.get();
        if (writer == null) {
            return new Utf8Writer(capacity);
        }
        spare.remove();
        writer.reset();
        return writer;
    }

    /** Keeps {@code writer} for the thread's next document, unless it grew too large; it is not used after this. */
    void giveBack(Utf8Writer writer) {
        if (writer.capacity() <= kept) {
            spare.set(writer);
        }
    }
}
