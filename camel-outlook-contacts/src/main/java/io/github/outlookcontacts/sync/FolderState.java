package io.github.outlookcontacts.sync;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One folder's state in a {@link CursorStore}: {@code {scope}cursor} (the commit point), the known-contacts
 * segments {@code {scope}seg.0 .. seg.n-1} and {@code {scope}routed} (contacts handed to the route that no commit
 * made known yet, see {@link RoutedContacts}). A page commit writes its segment first and the cursor second, so a
 * crash in between leaves an orphan segment beyond the cursor's count, which is ignored and later overwritten. The
 * routed set is written on its own, before a batch is handed out; it never counts for the known set.
 */
final class FolderState {

    /** Entries per segment written by compaction. */
    static final int CHUNK = 2000;

    private static final Logger LOG = LoggerFactory.getLogger(FolderState.class);

    private final CursorStore store;
    private final String scope;

    FolderState(CursorStore store, String scope) {
        this.store = store;
        this.scope = scope;
    }

    String scope() {
        return scope;
    }

    SyncCursor loadCursor() {
        String key = scope + "cursor";
        return SyncCursor.decode(store.get(key), key);
    }

    /** Replays every valid segment; entries and seen marks from the current resync's part mark contacts seen. */
    KnownContacts loadKnown(SyncCursor cursor) {
        KnownContacts known = new KnownContacts((int) Math.min(cursor.lines(), 1 << 24));
        for (int i = 0; i < cursor.segments(); i++) {
            boolean resyncPart = cursor.resyncBase() >= 0 && i >= cursor.resyncBase();
            Segments.read(store.get(segmentKey(i)), new Segments.Visitor() {
                @Override
                public void live(String id, long changeKeyHash) {
                    long hash = KnownContacts.idHash(id);
                    known.put(hash, changeKeyHash);
                    if (resyncPart) {
                        known.markSeen(hash);
                    }
                }

                @Override
                public void removed(String id) {
                    known.remove(KnownContacts.idHash(id));
                }

                @Override
                public void seen(long idHash) {
                    if (resyncPart) { // an earlier resync's marks say nothing about what this one met
                        known.markSeen(idHash);
                    }
                }
            });
        }
        return known;
    }

    /** Commits a page: its segment (if it has entries), then the cursor. Returns the cursor written. */
    SyncCursor commit(Segments.Builder segment, SyncCursor next) {
        SyncCursor cursor = next;
        if (segment != null && segment.lines() > 0) {
            store.put(segmentKey(next.segments()), segment.build());
            cursor = next.withSegment(segment.lines());
        }
        writeCursor(cursor);
        return cursor;
    }

    /** Writes one known-contacts segment; the cursor written after it makes it count. */
    void writeSegment(int index, String text) {
        store.put(segmentKey(index), text);
    }

    void writeCursor(SyncCursor cursor) {
        store.put(scope + "cursor", cursor.encode());
    }

    String loadRouted() {
        return store.get(scope + "routed");
    }

    void writeRouted(String text) {
        store.put(scope + "routed", text);
    }

    /** Feeds segments {@code from} (inclusive) to {@code to} (exclusive) to the visitor. */
    void read(int from, int to, Segments.Visitor visitor) {
        for (int i = from; i < to; i++) {
            Segments.read(store.get(segmentKey(i)), visitor);
        }
    }

    /**
     * Rewrites the segments in place so that each known contact appears exactly once, dropping replaced, removed and
     * resync-only entries. Output segment {@code o} is written only after input segment {@code o} has been read,
     * and an entry is kept only where its final value first appears, so a crash at any point leaves a store that
     * still replays to the same known set; the cursor write makes the shorter layout current. Once an output is
     * written, every entry kept from the inputs read so far is in the outputs, so those inputs are emptied at once:
     * the store never holds much more than one copy of the state (an in-memory repository would hold two).
     */
    SyncCursor compact(SyncCursor cursor, KnownContacts known) {
        known.clearMarks();
        int written = 0;
        int emptied = 0;
        long lines = 0;
        Segments.Builder out = new Segments.Builder();
        for (int i = 0; i < cursor.segments(); i++) {
            Segments.Builder sink = out;
            Segments.read(store.get(segmentKey(i)), new KeepFirstFinal(known, sink));
            boolean last = i == cursor.segments() - 1;
            if (out.lines() >= CHUNK || (last && out.lines() > 0)) {
                store.put(segmentKey(written++), out.build());
                lines += out.lines();
                out = new Segments.Builder();
                emptied = Math.max(emptied, written);
                clear(emptied, i + 1);
                emptied = Math.max(emptied, i + 1);
            }
        }
        known.clearMarks();
        if (lines != known.size()) {
            LOG.warn("Compacting {} kept {} entries for {} known contacts; the stored state may be damaged", scope,
                    lines, known.size());
        }
        SyncCursor compacted = cursor.withSegments(written, lines);
        writeCursor(compacted);
        clear(Math.max(written, emptied), cursor.segments());
        return compacted;
    }

    /** Empties segments no cursor refers to any more (the store has no delete). */
    void clear(int from, int to) {
        for (int i = from; i < to; i++) {
            store.put(segmentKey(i), "");
        }
    }

    private String segmentKey(int index) {
        return scope + "seg." + index;
    }

    /** Keeps an entry only if it carries the contact's final changeKey and was not kept before. */
    private record KeepFirstFinal(KnownContacts known, Segments.Builder out) implements Segments.Visitor {
        @Override
        public void live(String id, long changeKeyHash) {
            long hash = KnownContacts.idHash(id);
            if (known.changeKey(hash) == changeKeyHash && !known.isWritten(hash)) {
                known.markWritten(hash);
                out.live(id, changeKeyHash);
            }
        }

        @Override
        public void removed(String id) {
            // the contact is absent from the known set: nothing to keep
        }

        @Override
        public void seen(long idHash) {
            // only meaningful during a resync, and compaction runs after it
        }
    }
}
