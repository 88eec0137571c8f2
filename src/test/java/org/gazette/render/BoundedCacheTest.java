package org.gazette.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class BoundedCacheTest {
    @Test
    void makesEachValueOnceWhileItFits() {
        AtomicInteger made = new AtomicInteger();
        BoundedCache<Integer, String> cache = new BoundedCache<>(10);
        String first = cache.get(1, k -> "v" + k + "#" + made.incrementAndGet());
        IntStream.range(0, 100).parallel().forEach(i -> assertSame(first, cache.get(1, k -> "v" + k + "#" + made.incrementAndGet())));
        assertEquals(1, made.get());
    }

    @Test
    void startsOverPastItsLimitSoItNeverHoldsMore() {
        AtomicInteger made = new AtomicInteger();
        BoundedCache<Integer, Integer> cache = new BoundedCache<>(3);
        for (int k = 0; k < 4; k++) {
            cache.get(k, key -> made.incrementAndGet());
        }
        assertEquals(4, made.get());
        cache.get(0, key -> made.incrementAndGet());
        assertEquals(5, made.get(), "key 0 was dropped when the fourth key came in");
        cache.get(3, key -> made.incrementAndGet());
        assertEquals(5, made.get(), "key 3 stayed");
    }
}
