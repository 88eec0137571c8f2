package org.gazette.render;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.IntStream;

/**
 * A planned page, made when asked for, with the publication time (epoch seconds) of the newest
 * article it shows, or {@link Long#MAX_VALUE} for a page that shows the newest of all.
 */
public record LazyPage(long newest, Supplier<PageSpec> make) implements Supplier<PageSpec> {
    @Override
    public PageSpec get() {
        return make.get();
    }

    /**
     * The indexes of {@code pages}, newest first (ties in plan order). An article's card appears on
     * its section, tag, author and archive pages, each at about the same place in time: rendered in
     * this order, those pages come close together, so the card is still in the renderer's bounded
     * cache when it is needed again. In plan order, on a large site, it has long been dropped.
     */
    public static int[] newestFirst(List<LazyPage> pages) {
        Integer[] order = IntStream.range(0, pages.size()).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingLong((Integer i) -> pages.get(i).newest()).reversed()
                .thenComparingInt(i -> i));
        return Arrays.stream(order).mapToInt(Integer::intValue).toArray();
    }
}
