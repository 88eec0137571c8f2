package org.gazette.render;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Values made once and shared while they fit: past {@code limit} entries the cache starts over.
 * Pages and feeds ask for the same few articles again and again (the newest, the most read), so a
 * small cache keeps nearly every hit while a million-article site's values never pile up. Values
 * must depend on the key alone, so a dropped one is made again equal. Thread-safe.
 */
public final class BoundedCache<K, V> {
    private final int limit;
    private final Map<K, V> values = new ConcurrentHashMap<>();

    public BoundedCache(int limit) {
        this.limit = limit;
    }

    public V get(K key, Function<K, V> make) {
        V value = values.get(key);
        if (value == null) {
            if (values.size() >= limit) {
                values.clear();
            }
            value = values.computeIfAbsent(key, make);
        }
        return value;
    }
}
