package org.gazette.ranking;

/**
 * An open-addressing map from a (long, int, int) key to a positive int, without boxing: the
 * loader keeps millions of (visitor, article, hour) entries, one object each would not fit.
 */
final class KeyTable {
    private long[] k1;
    private int[] k2;
    private int[] k3;
    private int[] values;
    private int size;
    private int mask;

    KeyTable() {
        this(1 << 10);
    }

    KeyTable(int capacity) {
        int c = Integer.highestOneBit(Math.max(16, capacity - 1)) << 1;
        k1 = new long[c];
        k2 = new int[c];
        k3 = new int[c];
        values = new int[c];
        mask = c - 1;
    }

    int size() {
        return size;
    }

    /** Adds {@code delta} (positive) to the value of the key. */
    void add(long a, int b, int c, int delta) {
        int i = slot(a, b, c);
        if (values[i] == 0) {
            insert(i, a, b, c, delta);
        } else {
            values[i] += delta;
        }
    }

    /** Keeps the larger of the stored value and {@code value} (positive). */
    void max(long a, int b, int c, int value) {
        int i = slot(a, b, c);
        if (values[i] == 0) {
            insert(i, a, b, c, value);
        } else if (value > values[i]) {
            values[i] = value;
        }
    }

    /** The value of the key, 0 when absent. */
    int get(long a, int b, int c) {
        return values[slot(a, b, c)];
    }

    /** Number of slots, for iterating with the accessors below (empty slots have value 0). */
    int capacity() {
        return values.length;
    }

    int value(int slot) {
        return values[slot];
    }

    long key1(int slot) {
        return k1[slot];
    }

    int key2(int slot) {
        return k2[slot];
    }

    int key3(int slot) {
        return k3[slot];
    }

    /**
     * Adds the entries of {@code other} whose first key falls in part {@code shard} of {@code shards}:
     * first keys are visitors, salted hashes, so the parts are even.
     */
    void addShard(KeyTable other, int shard, int shards) {
        for (int i = 0; i < other.values.length; i++) {
            if (other.values[i] != 0 && shardOf(other.k1[i], shards) == shard) {
                add(other.k1[i], other.k2[i], other.k3[i], other.values[i]);
            }
        }
    }

    /** The part of {@code shards} a first key falls in. */
    private static int shardOf(long key1, int shards) {
        return (int) ((key1 >>> 32) * shards >>> 32);
    }

    private int slot(long a, int b, int c) {
        int i = (int) Hashing.combine(a, b, c) & mask;
        while (values[i] != 0 && !(k1[i] == a && k2[i] == b && k3[i] == c)) {
            i = (i + 1) & mask;
        }
        return i;
    }

    private void insert(int i, long a, int b, int c, int value) {
        k1[i] = a;
        k2[i] = b;
        k3[i] = c;
        values[i] = value;
        if (++size * 2 > values.length) {
            grow();
        }
    }

    private void grow() {
        long[] o1 = k1;
        int[] o2 = k2;
        int[] o3 = k3;
        int[] ov = values;
        int c = ov.length * 2;
        k1 = new long[c];
        k2 = new int[c];
        k3 = new int[c];
        values = new int[c];
        mask = c - 1;
        size = 0;
        for (int i = 0; i < ov.length; i++) {
            if (ov[i] != 0) {
                int s = slot(o1[i], o2[i], o3[i]);
                k1[s] = o1[i];
                k2[s] = o2[i];
                k3[s] = o3[i];
                values[s] = ov[i];
                size++;
            }
        }
    }
}
