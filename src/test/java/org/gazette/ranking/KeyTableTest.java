package org.gazette.ranking;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class KeyTableTest {
    private record Key(long a, int b, int c) {
    }

    /**
     * Random sums and maxima, over keys whose parts take every sign and collide on their parts, with
     * the table growing many times: each value, each slot read back and each shard as a map holds them.
     */
    @Test
    void holdsWhatAMapHoldsThroughGrowth() {
        Random random = new Random(11);
        KeyTable table = new KeyTable();
        Map<Key, Integer> expected = new HashMap<>();
        long[] as = {0, 1, -1, Long.MIN_VALUE, Long.MAX_VALUE, 0x1234_5678_9ABC_DEF0L};
        int[] parts = {0, 1, -1, Integer.MIN_VALUE, Integer.MAX_VALUE, 24, 365};
        for (int n = 0; n < 200_000; n++) {
            Key key = new Key(random.nextInt(4) == 0 ? as[random.nextInt(as.length)] : random.nextLong() % 5_000,
                    random.nextInt(3) == 0 ? parts[random.nextInt(parts.length)] : random.nextInt(40) - 20,
                    random.nextInt(3) == 0 ? parts[random.nextInt(parts.length)] : random.nextInt(40) - 20);
            int value = 1 + random.nextInt(100);
            if (random.nextBoolean()) {
                table.add(key.a(), key.b(), key.c(), value);
                expected.merge(key, value, Integer::sum);
            } else {
                table.max(key.a(), key.b(), key.c(), value);
                expected.merge(key, value, Math::max);
            }
        }
        assertEquals(expected.size(), table.size());
        Map<Key, Integer> read = new HashMap<>();
        for (int i = 0; i < table.capacity(); i++) {
            if (table.value(i) != 0) {
                read.put(new Key(table.key1(i), table.key2(i), table.key3(i)), table.value(i));
            }
        }
        assertEquals(expected, read);
        expected.forEach((k, v) -> assertEquals(v, table.get(k.a(), k.b(), k.c()), k::toString));
        assertEquals(0, table.get(42, 43, 44));
        Map<Key, Integer> shards = new HashMap<>();
        for (int shard = 0; shard < 3; shard++) {
            KeyTable part = new KeyTable();
            part.addShard(table, shard, 3);
            for (int i = 0; i < part.capacity(); i++) {
                if (part.value(i) != 0) {
                    Integer before = shards.put(new Key(part.key1(i), part.key2(i), part.key3(i)), part.value(i));
                    assertEquals(null, before, "a key in two shards");
                }
            }
        }
        assertEquals(expected, shards);
    }
}
