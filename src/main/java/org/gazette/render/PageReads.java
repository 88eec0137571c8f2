package org.gazette.render;

/**
 * What of the site-wide values that change from build to build the page being rendered on this
 * thread read: the build clock ({@code site.generatedAt}) and the Trending and Most Read lists. A
 * page that read neither is the same whatever they are, so a later build may keep it as published
 * when only they changed (see {@link PageFingerprint}); the default theme shows the lists on the
 * front page and article pages only, and the clock on none.
 */
public final class PageReads {
    public static final int CLOCK = 1;
    public static final int RANKINGS = 2;

    private static final ThreadLocal<int[]> CURRENT = ThreadLocal.withInitial(() -> new int[1]);

    private PageReads() {
    }

    /** What the last page rendered on this thread read, a sum of {@link #CLOCK} and {@link #RANKINGS}. */
    public static int last() {
        return CURRENT.get()[0];
    }

    /** Notes that the page being rendered read {@code values}. */
    static void note(int values) {
        CURRENT.get()[0] |= values;
    }

    /** Starts counting a page, or a block within one: returns what was read before it. */
    static int begin() {
        int[] current = CURRENT.get();
        int before = current[0];
        current[0] = 0;
        return before;
    }

    /** Ends a block begun when {@code before} had been read: returns what the block read, which the page read too. */
    static int end(int before) {
        int[] current = CURRENT.get();
        int block = current[0];
        current[0] = before | block;
        return block;
    }
}
