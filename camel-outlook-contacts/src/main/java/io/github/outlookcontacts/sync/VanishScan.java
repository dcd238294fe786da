package io.github.outlookcontacts.sync;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Walks a folder's stored segments below {@code base} and yields, a few at a time, every contact that is still known
 * and not marked seen: after a full resync (contacts that may have vanished) or for a folder that left the tree.
 * Each candidate is marked seen when yielded, so an id listed in several segments is decided once. The contacts routed
 * but never known ({@link RoutedContacts#unmet}) come last.
 */
final class VanishScan implements Segments.Visitor {

    private final FolderState state;
    private final KnownContacts known;
    private final int base;
    private final Deque<String> queue = new ArrayDeque<>();
    private List<String> unmetRouted;
    private int segment;
    /** The candidates last yielded and not decided yet: a failed lookup asks for them again. */
    private List<String> undecided;

    VanishScan(FolderState state, KnownContacts known, int base, List<String> unmetRouted) {
        this.state = state;
        this.known = known;
        this.base = base;
        this.unmetRouted = unmetRouted;
    }

    /**
     * Up to {@code max} candidates; fewer (or none) only when the scan is done. The undecided ones of the last call
     * again, until {@link #decided} says they were.
     */
    List<String> next(int max) {
        if (undecided == null) {
            undecided = take(max);
        }
        return undecided;
    }

    /** The candidates last yielded were decided, except {@code again}: the next call yields those again. */
    void decided(List<String> again) {
        undecided = again.isEmpty() ? null : List.copyOf(again);
    }

    private List<String> take(int max) {
        while (queue.size() < max && segment < base) {
            state.read(segment, segment + 1, this);
            segment++;
        }
        if (segment >= base && unmetRouted != null) {
            queue.addAll(unmetRouted);
            unmetRouted = null;
        }
        List<String> batch = new ArrayList<>(Math.min(max, queue.size()));
        while (batch.size() < max && !queue.isEmpty()) {
            batch.add(queue.poll());
        }
        return batch;
    }

    boolean exhausted() {
        return undecided == null && segment >= base && unmetRouted == null && queue.isEmpty();
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
