package io.github.outlookcontacts.sync;

import java.nio.charset.StandardCharsets;

/**
 * What the consumer has seen of one folder: a 64-bit hash of each contact id mapped to a 62-bit hash of its
 * changeKey, in primitive open-addressing arrays (about 40 bytes per contact instead of the ~400 a map of Graph's
 * 150-character ids would take), so a 100,000-contact folder fits a small heap. The ids themselves stay in the
 * {@link CursorStore}. Two marks travel with each entry: {@code seen} (met again during a full resync) and
 * {@code written} (already copied during compaction).
 * <p>
 * Two different ids share a hash with probability about n²/2⁶⁵ (3·10⁻¹⁰ for 100,000 contacts).
 */
final class KnownContacts {

    /** Returned by {@link #changeKey} for an id that is not known. */
    static final long ABSENT = -1L;

    private static final long SEEN = 1L << 63;
    private static final long WRITTEN = 1L << 62;
    private static final long KEY_BITS = WRITTEN - 1;
    private static final long EMPTY = 0L;

    private long[] ids;
    private long[] values;
    private int size;

    KnownContacts() {
        this(16);
    }

    KnownContacts(int expected) {
        int capacity = Integer.highestOneBit(Math.max(16, (int) (expected / 0.6f)) * 2 - 1);
        ids = new long[capacity];
        values = new long[capacity];
    }

    /** The hash under which an id is kept; never 0 (0 marks an empty slot). */
    static long idHash(String id) {
        long h = fnv(id);
        return h == EMPTY ? 1 : h;
    }

    /** The 62-bit hash of a changeKey (the top two bits carry the marks). */
    static long changeKeyHash(String changeKey) {
        return fnv(changeKey == null ? "" : changeKey) & KEY_BITS;
    }

    int size() {
        return size;
    }

    /** The changeKey hash of a known id, or {@link #ABSENT}. */
    long changeKey(long idHash) {
        int slot = find(idHash);
        return slot < 0 ? ABSENT : values[slot] & KEY_BITS;
    }

    /** Records an id with its changeKey hash; the marks of an existing entry are kept. */
    void put(long idHash, long changeKeyHash) {
        int slot = find(idHash);
        if (slot >= 0) {
            values[slot] = (values[slot] & ~KEY_BITS) | (changeKeyHash & KEY_BITS);
            return;
        }
        if (size + 1 > ids.length * 0.6f) {
            grow();
        }
        slot = insertionSlot(idHash, ids);
        ids[slot] = idHash;
        values[slot] = changeKeyHash & KEY_BITS;
        size++;
    }

    void remove(long idHash) {
        int slot = find(idHash);
        if (slot < 0) {
            return;
        }
        // Backward-shift deletion keeps every probe chain unbroken without tombstones.
        int mask = ids.length - 1;
        int hole = slot;
        int next = (hole + 1) & mask;
        while (ids[next] != EMPTY) {
            int home = home(ids[next], mask);
            boolean movable = hole <= next ? (home <= hole || home > next) : (home <= hole && home > next);
            if (movable) {
                ids[hole] = ids[next];
                values[hole] = values[next];
                hole = next;
            }
            next = (next + 1) & mask;
        }
        ids[hole] = EMPTY;
        values[hole] = 0;
        size--;
    }

    boolean isSeen(long idHash) {
        return hasMark(idHash, SEEN);
    }

    void markSeen(long idHash) {
        mark(idHash, SEEN);
    }

    boolean isWritten(long idHash) {
        return hasMark(idHash, WRITTEN);
    }

    void markWritten(long idHash) {
        mark(idHash, WRITTEN);
    }

    /** Clears both marks on every entry. */
    void clearMarks() {
        for (int i = 0; i < values.length; i++) {
            values[i] &= KEY_BITS;
        }
    }

    /** Entries not marked seen. */
    int countUnseen() {
        int unseen = 0;
        for (int i = 0; i < ids.length; i++) {
            if (ids[i] != EMPTY && (values[i] & SEEN) == 0) {
                unseen++;
            }
        }
        return unseen;
    }

    private boolean hasMark(long idHash, long mark) {
        int slot = find(idHash);
        return slot >= 0 && (values[slot] & mark) != 0;
    }

    private void mark(long idHash, long mark) {
        int slot = find(idHash);
        if (slot >= 0) {
            values[slot] |= mark;
        }
    }

    private int find(long idHash) {
        int mask = ids.length - 1;
        for (int slot = home(idHash, mask); ; slot = (slot + 1) & mask) {
            long current = ids[slot];
            if (current == idHash) {
                return slot;
            }
            if (current == EMPTY) {
                return -1;
            }
        }
    }

    private static int insertionSlot(long idHash, long[] table) {
        int mask = table.length - 1;
        int slot = home(idHash, mask);
        while (table[slot] != EMPTY) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private void grow() {
        long[] oldIds = ids;
        long[] oldValues = values;
        ids = new long[oldIds.length * 2];
        values = new long[oldValues.length * 2];
        for (int i = 0; i < oldIds.length; i++) {
            if (oldIds[i] != EMPTY) {
                int slot = insertionSlot(oldIds[i], ids);
                ids[slot] = oldIds[i];
                values[slot] = oldValues[i];
            }
        }
    }

    private static int home(long idHash, int mask) {
        return (int) (idHash ^ (idHash >>> 32)) & mask;
    }

    /** FNV-1a over the UTF-8 bytes, then a 64-bit finaliser so nearby ids spread over the whole table. */
    private static long fnv(String s) {
        long h = 0xcbf29ce484222325L;
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xff;
            h *= 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }
}
