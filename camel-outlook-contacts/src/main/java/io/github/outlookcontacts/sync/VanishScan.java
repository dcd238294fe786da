package io.github.outlookcontacts.sync;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Walks a folder's stored segments below {@code base} and yields, a few at a time, every contact that is still known
 * and not marked seen: after a full resync (contacts that may have vanished) or for a folder that left the tree.
 * Each candidate is marked seen when yielded, so an id listed in several segments is decided once.
 */
final class VanishScan implements Segments.Visitor {

    private final FolderState state;
    private final KnownContacts known;
    private final int base;
    private final Deque<String> queue = new ArrayDeque<>();
    private int segment;

    VanishScan(FolderState state, KnownContacts known, int base) {
        this.state = state;
        this.known = known;
        this.base = base;
    }

    /** Up to {@code max} candidates; fewer (or none) only when the scan is done. */
    List<String> next(int max) {
        while (queue.size() < max && segment < base) {
            state.read(segment, segment + 1, this);
            segment++;
        }
        List<String> batch = new ArrayList<>(Math.min(max, queue.size()));
        while (batch.size() < max && !queue.isEmpty()) {
            batch.add(queue.poll());
        }
        return batch;
    }

    boolean exhausted() {
        return segment >= base && queue.isEmpty();
    }

    @Override
    public void live(String id, long changeKeyHash) {
        long hash = KnownContacts.idHash(id);
        if (known.changeKey(hash) != KnownContacts.ABSENT && !known.isSeen(hash)) {
            known.markSeen(hash);
            queue.add(id);
        }
    }

    @Override
    public void removed(String id) {
        // already gone
    }

    @Override
    public void seen(long idHash) {
        // marks only; the contact itself is listed elsewhere
    }
}
