package io.github.outlookcontacts.sync;

import java.util.Arrays;
import java.util.function.ObjLongConsumer;

/**
 * A compact open-addressing map from contact id to a 64-bit value (a changeKey fingerprint): two arrays instead of a
 * node per entry, so 100,000 contacts cost little more than their ids. No removal: callers rebuild to drop entries.
 */
final class CompactIndex {

    static final long ABSENT = 0L;

    private String[] keys;
    private long[] values;
    private int size;

    CompactIndex() {
        this(16);
    }

    CompactIndex(int expected) {
        int capacity = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        keys = new String[capacity];
        values = new long[capacity];
    }

    int size() {
        return size;
    }

    /** The value for {@code id}, or {@link #ABSENT}. */
    long get(String id) {
        int mask = keys.length - 1;
        for (int i = mix(id.hashCode()) & mask;; i = (i + 1) & mask) {
            String k = keys[i];
            if (k == null) {
                return ABSENT;
            }
            if (k.equals(id)) {
                return values[i];
            }
        }
    }

    void put(String id, long value) {
        if (value == ABSENT) {
            throw new IllegalArgumentException("0 is reserved for absent");
        }
        if ((size + 1) * 4L > keys.length * 3L) {
            grow();
        }
        int mask = keys.length - 1;
        for (int i = mix(id.hashCode()) & mask;; i = (i + 1) & mask) {
            String k = keys[i];
            if (k == null) {
                keys[i] = id;
                values[i] = value;
                size++;
                return;
            }
            if (k.equals(id)) {
                values[i] = value;
                return;
            }
        }
    }

    void forEach(ObjLongConsumer<String> action) {
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] != null) {
                action.accept(keys[i], values[i]);
            }
        }
    }

    private void grow() {
        String[] oldKeys = keys;
        long[] oldValues = values;
        keys = new String[oldKeys.length * 2];
        values = new long[oldValues.length * 2];
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != null) {
                put(oldKeys[i], oldValues[i]);
            }
        }
    }

    private static int mix(int h) {
        h *= 0x9E3779B9;
        return h ^ (h >>> 16);
    }

    @Override
    public String toString() {
        return "CompactIndex[size=" + size + ", capacity=" + keys.length + "]";
    }

    void clear() {
        Arrays.fill(keys, null);
        size = 0;
    }
}
