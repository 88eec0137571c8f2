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

    /** The value of {@code key}, made by {@code make} when missing. */
    public V get(K key, Function<K, V> make) {
        V value = find(key);
        return value != null ? value : keep(key, make.apply(key));
    }

    /** The value of {@code key}, or null. */
    public V find(K key) {
        return values.get(key);
    }

    /**
     * Keeps {@code value} for {@code key} and returns the value kept: the first one when threads
     * raced to make it (equal values, since values depend on the key alone). Values are made outside
     * any lock, so making one may use this cache again (a cached block inside another).
     */
    public V keep(K key, V value) {
        if (values.size() >= limit) {
            values.clear();
        }
        V earlier = values.putIfAbsent(key, value);
        return earlier != null ? earlier : value;
    }
}
