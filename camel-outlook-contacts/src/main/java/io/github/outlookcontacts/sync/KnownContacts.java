package io.github.outlookcontacts.sync;

import java.nio.charset.StandardCharsets;

/**
 * What the consumer has seen of one folder: a 64-bit hash of each contact id mapped to a 62-bit hash of its
 * changeKey, in primitive open-addressing arrays (21 to 27 bytes per contact instead of the ~400 a map of Graph's
 * 150-character ids would take), so a 1,000,000-contact folder fits a small heap. The ids themselves stay in the
 * {@link CursorStore}. Two marks travel with each entry: {@code seen} (met again during a full resync) and
 * {@code written} (already copied during compaction).
 * <p>
 * The table is split by the id hash's top bits into 64 parts, each grown on its own by a quarter when it is 75 %
 * full, so every part stays 60 to 75 % full and growing allocates 1/50 of the table, never a second copy of it.
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

    private static final int PART_BITS = 6;
    static final int PARTS = 1 << PART_BITS;
    private static final int MIN_PART_SLOTS = 4;
    private static final float LOAD = 0.75f;

    private final Part[] parts = new Part[PARTS];
    private int size;

    KnownContacts() {
        this(0);
    }

    KnownContacts(int expected) {
        // Four standard deviations of room: the hash spreads entries over the parts a few percent unevenly.
        double perPart = expected / (double) PARTS;
        int slots = Math.max(MIN_PART_SLOTS, (int) Math.ceil((perPart + 4 * Math.sqrt(perPart)) / LOAD) + 1);
        for (int i = 0; i < PARTS; i++) {
            parts[i] = new Part(slots);
        }
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

    /** The slots of all parts together: what the table costs, 16 bytes each. */
    long slots() {
        long slots = 0;
        for (Part part : parts) {
            slots += part.ids.length;
        }
        return slots;
    }

    /** The slots of the largest part: what one growth step allocates at most. */
    int largestPartSlots() {
        int largest = 0;
        for (Part part : parts) {
            largest = Math.max(largest, part.ids.length);
        }
        return largest;
    }

    /** The changeKey hash of a known id, or {@link #ABSENT}. */
    long changeKey(long idHash) {
        Part part = part(idHash);
        int slot = part.find(idHash);
        return slot < 0 ? ABSENT : part.values[slot] & KEY_BITS;
    }

    /** Records an id with its changeKey hash; the marks of an existing entry are kept. */
    void put(long idHash, long changeKeyHash) {
        Part part = part(idHash);
        int slot = part.find(idHash);
        if (slot >= 0) {
            part.values[slot] = (part.values[slot] & ~KEY_BITS) | (changeKeyHash & KEY_BITS);
            return;
        }
        part.insert(idHash, changeKeyHash & KEY_BITS);
        size++;
    }

    void remove(long idHash) {
        if (part(idHash).remove(idHash)) {
            size--;
        }
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
        for (Part part : parts) {
            long[] values = part.values;
            for (int i = 0; i < values.length; i++) {
                values[i] &= KEY_BITS;
            }
        }
    }

    /** Entries not marked seen. */
    int countUnseen() {
        int unseen = 0;
        for (Part part : parts) {
            for (int i = 0; i < part.ids.length; i++) {
                if (part.ids[i] != EMPTY && (part.values[i] & SEEN) == 0) {
                    unseen++;
                }
            }
        }
        return unseen;
    }

    private boolean hasMark(long idHash, long mark) {
        Part part = part(idHash);
        int slot = part.find(idHash);
        return slot >= 0 && (part.values[slot] & mark) != 0;
    }

    private void mark(long idHash, long mark) {
        Part part = part(idHash);
        int slot = part.find(idHash);
        if (slot >= 0) {
            part.values[slot] |= mark;
        }
    }

    private Part part(long idHash) {
        return parts[(int) (idHash >>> (Long.SIZE - PART_BITS))];
    }

    /** One linear-probing table of any size: the home slot is the low 32 bits scaled to the length. */
    private static final class Part {

        long[] ids;
        long[] values;
        int size;

        Part(int slots) {
            ids = new long[slots];
            values = new long[slots];
        }

        int find(long idHash) {
            long[] table = ids;
            for (int slot = home(idHash, table.length); ; slot = next(slot, table.length)) {
                long current = table[slot];
                if (current == idHash) {
                    return slot;
                }
                if (current == EMPTY) {
                    return -1;
                }
            }
        }

        void insert(long idHash, long value) {
            if (size + 1 > ids.length * LOAD) {
                grow();
            }
            place(idHash, value);
            size++;
        }

        boolean remove(long idHash) {
            int hole = find(idHash);
            if (hole < 0) {
                return false;
            }
            // Backward-shift deletion keeps every probe chain unbroken without tombstones: an entry moves into
            // the hole when the hole lies on its way from its home slot.
            int length = ids.length;
            for (int next = next(hole, length); ids[next] != EMPTY; next = next(next, length)) {
                int home = home(ids[next], length);
                if (distance(home, next, length) >= distance(hole, next, length)) {
                    ids[hole] = ids[next];
                    values[hole] = values[next];
                    hole = next;
                }
            }
            ids[hole] = EMPTY;
            values[hole] = 0;
            size--;
            return true;
        }

        private void place(long idHash, long value) {
            int slot = home(idHash, ids.length);
            while (ids[slot] != EMPTY) {
                slot = next(slot, ids.length);
            }
            ids[slot] = idHash;
            values[slot] = value;
        }

        private void grow() {
            long[] oldIds = ids;
            long[] oldValues = values;
            int slots = oldIds.length + Math.max(MIN_PART_SLOTS, oldIds.length >> 2);
            ids = new long[slots];
            values = new long[slots];
            for (int i = 0; i < oldIds.length; i++) {
                if (oldIds[i] != EMPTY) {
                    place(oldIds[i], oldValues[i]);
                }
            }
        }

        /** Multiply-shift: maps the low 32 bits evenly onto any length, no power of two needed. */
        private static int home(long idHash, int length) {
            return (int) (((idHash & 0xffffffffL) * length) >>> 32);
        }

        private static int next(int slot, int length) {
            return slot + 1 == length ? 0 : slot + 1;
        }

        /** How many steps forward from {@code from} to {@code to}, wrapping around. */
        private static int distance(int from, int to, int length) {
            return to >= from ? to - from : to + length - from;
        }
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
