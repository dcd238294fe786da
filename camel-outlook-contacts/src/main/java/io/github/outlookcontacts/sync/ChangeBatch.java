package io.github.outlookcontacts.sync;

import java.util.List;

/**
 * The changes of one delta page (or of one step of a vanish pass), handed out by {@link DeltaSyncEngine#next()}
 * after the page was read completely and its response closed, together with what {@link DeltaSyncEngine#commit}
 * persists once every change of it is confirmed. Immutable; a batch may hold no changes (a page of replays or a
 * baseline page), and must be committed all the same.
 */
public final class ChangeBatch {

    private final long sequence;
    private final String folderId;
    private final List<ContactChange> changes;
    final BatchWrite write;

    ChangeBatch(long sequence, String folderId, List<ContactChange> changes, BatchWrite write) {
        this.sequence = sequence;
        this.folderId = folderId;
        this.changes = List.copyOf(changes);
        this.write = write;
    }

    /** Position of this batch among all batches the engine handed out; commits happen in this order. */
    public long sequence() {
        return sequence;
    }

    /** The folder the batch was read from (null only for a default folder Graph has not revealed). */
    public String folderId() {
        return folderId;
    }

    public List<ContactChange> changes() {
        return changes;
    }

    public int size() {
        return changes.size();
    }

    public boolean isEmpty() {
        return changes.isEmpty();
    }

    @Override
    public String toString() {
        return "ChangeBatch[" + sequence + ", " + changes.size() + " changes in " + folderId + "]";
    }
}
