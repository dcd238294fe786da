package io.github.outlookcontacts.emulator.store;

import java.util.Map;
import java.util.NavigableMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * The items of one delta scope (a folder's contacts, or a mailbox's folders) ordered by the sequence number of their
 * last change, plus tombstones of removed items. A delta round reads a sequence range of it.
 */
final class DeltaLog {

    /** Something with an id whose last change has a sequence number. */
    interface Item {
        String id();

        long seq();
    }

    /** A removed item: reason "deleted" (gone) or "changed" (moved elsewhere). */
    record Tombstone(String id, long seq, String reason) implements Item {
    }

    private final ConcurrentSkipListMap<Long, Item> bySeq = new ConcurrentSkipListMap<>();
    private final Map<String, Long> tombstoneSeqById = new ConcurrentHashMap<>();

    /** Records the current version of an item, replacing its previous position (callers hold the mailbox lock). */
    void put(Item previous, Item current) {
        if (previous != null) {
            bySeq.remove(previous.seq(), previous);
        }
        dropTombstone(current.id());
        bySeq.put(current.seq(), current);
    }

    /** Replaces an item by its tombstone. */
    void remove(Item previous, Tombstone tombstone) {
        if (previous != null) {
            bySeq.remove(previous.seq(), previous);
        }
        dropTombstone(tombstone.id());
        bySeq.put(tombstone.seq(), tombstone);
        tombstoneSeqById.put(tombstone.id(), tombstone.seq());
    }

    /** Items and tombstones with afterExclusive &lt; seq &lt;= upToInclusive, in sequence order. */
    NavigableMap<Long, Item> range(long afterExclusive, long upToInclusive) {
        if (upToInclusive <= afterExclusive) {
            return new ConcurrentSkipListMap<>();
        }
        return bySeq.subMap(afterExclusive, false, upToInclusive, true);
    }

    private void dropTombstone(String id) {
        Long old = tombstoneSeqById.remove(id);
        if (old != null) {
            bySeq.remove(old);
        }
    }
}
