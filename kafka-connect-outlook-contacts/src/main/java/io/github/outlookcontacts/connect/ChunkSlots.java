package io.github.outlookcontacts.connect;

import java.util.Arrays;
import java.util.Collection;

/**
 * The chunk slots of one partition and, for each, the newest state version that refers to it. Versions older than
 * the one the offsets topic durably holds can never be loaded again, so a slot only they refer to may be rewritten:
 * the slots, and the offsets topic's keys, stay as many as the live chunks plus those of the versions in flight.
 */
final class ChunkSlots {

    private long[] lastUsed = new long[0];
    private int count;

    /** {@code version} refers to these slots. */
    void use(long version, Collection<ChunkRef> refs) {
        for (ChunkRef ref : refs) {
            ensure(ref.slot());
            lastUsed[ref.slot()] = Math.max(lastUsed[ref.slot()], version);
        }
    }

    /** A slot no version from {@code durable} on refers to, now used by {@code version}. */
    int allocate(long version, long durable) {
        for (int slot = 0; slot < count; slot++) {
            if (lastUsed[slot] < durable) {
                lastUsed[slot] = version;
                return slot;
            }
        }
        int slot = count;
        ensure(slot);
        lastUsed[slot] = version;
        return slot;
    }

    /** Slots ever used: the chunk partitions this partition has on the offsets topic. */
    int size() {
        return count;
    }

    private void ensure(int slot) {
        if (slot >= lastUsed.length) {
            int old = lastUsed.length;
            lastUsed = Arrays.copyOf(lastUsed, Math.max(slot + 1, old * 2));
            Arrays.fill(lastUsed, old, lastUsed.length, -1L);
        }
        count = Math.max(count, slot + 1);
    }
}
