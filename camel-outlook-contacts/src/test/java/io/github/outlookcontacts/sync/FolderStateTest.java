package io.github.outlookcontacts.sync;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Page commits, replay and in-place compaction of one folder's stored state, including crashes at every write. */
class FolderStateTest {

    private static final String SCOPE = "outlook-contacts/me/default/";
    private static final int IDS = 3_000;

    @Test
    void compactionKeepsTheKnownSetAndShrinksTheStore() {
        MapCursorStore store = new MapCursorStore();
        Map<String, Long> reference = writeHistory(store, new Random(7));
        FolderState state = new FolderState(store, SCOPE);
        SyncCursor cursor = state.loadCursor();
        KnownContacts known = state.loadKnown(cursor);
        assertSame(known, reference);

        SyncCursor compacted = state.compact(cursor, known);
        assertThat(compacted.lines()).isEqualTo(reference.size());
        assertThat(compacted.segments()).isLessThan(cursor.segments());
        assertSame(state.loadKnown(state.loadCursor()), reference);
        for (int i = compacted.segments(); i < cursor.segments(); i++) {
            assertThat(store.get(SCOPE + "seg." + i)).as("segment %s emptied", i).isNull();
        }
    }

    @Test
    void aCrashAtAnyPointOfCompactionLeavesTheSameKnownSet() {
        MapCursorStore original = new MapCursorStore();
        Map<String, Long> reference = writeHistory(original, new Random(11));
        FolderState probe = new FolderState(original.copy(), SCOPE);
        int segments = probe.loadCursor().segments();
        // every write: the outputs, the inputs emptied early, the cursor and the rest emptied
        for (int crashAt = 0; crashAt <= 2 * segments + 2; crashAt++) {
            MapCursorStore store = original.copy();
            FolderState state = new FolderState(store, SCOPE);
            SyncCursor cursor = state.loadCursor();
            KnownContacts known = state.loadKnown(cursor);
            store.crashAfter(crashAt);
            try {
                state.compact(cursor, known);
            } catch (IllegalStateException expected) {
                // the simulated crash
            }
            store.healed();
            FolderState restarted = new FolderState(store, SCOPE);
            assertSame(restarted.loadKnown(restarted.loadCursor()), reference);
        }
    }

    /** An in-memory repository holds the whole state: compaction must not hold a second copy of it. */
    @Test
    void compactionNeverHoldsTwoCopiesOfTheState() {
        MapCursorStore map = new MapCursorStore();
        long[] size = new long[2]; // current, peak
        CursorStore measured = new CursorStore() {
            @Override
            public String get(String key) {
                return map.get(key);
            }

            @Override
            public void put(String key, String value) {
                String before = map.values.get(key);
                size[0] += value.length() - (before == null ? 0 : before.length());
                size[1] = Math.max(size[1], size[0]);
                map.put(key, value);
            }
        };
        FolderState state = new FolderState(measured, SCOPE);
        SyncCursor cursor = SyncCursor.start(SyncCursor.Phase.INITIAL, null);
        for (int page = 0; page < 250; page++) { // 5,000 contacts, each once: nothing to drop
            Segments.Builder segment = new Segments.Builder();
            for (int i = 0; i < 20; i++) {
                segment.live("AAMkA" + (page * 20 + i) + "=", 1);
            }
            cursor = state.commit(segment, cursor.withLink("next-" + page));
        }
        long before = size[0];
        size[1] = before;
        KnownContacts known = state.loadKnown(cursor);
        SyncCursor compacted = state.compact(cursor, known);

        assertThat(compacted.lines()).isEqualTo(5_000);
        assertThat(size[1]).as("peak stored chars during compaction, before: %s", before)
                .isLessThan(before + before / 2);
    }

    @Test
    void anOrphanSegmentWrittenBeforeACrashIsIgnored() {
        MapCursorStore store = new MapCursorStore();
        FolderState state = new FolderState(store, SCOPE);
        SyncCursor cursor = state.commit(new Segments.Builder().live("a", 1), SyncCursor.start(
                SyncCursor.Phase.INITIAL, null).withLink("next-1"));
        store.crashAfter(1); // the segment is written, the cursor is not
        try {
            state.commit(new Segments.Builder().removed("a").live("b", 2), cursor.withLink("next-2"));
        } catch (IllegalStateException expected) {
            // crash
        }
        store.healed();
        SyncCursor reloaded = state.loadCursor();
        assertThat(reloaded.link()).isEqualTo("next-1");
        KnownContacts known = state.loadKnown(reloaded);
        assertThat(known.changeKey(KnownContacts.idHash("a"))).isEqualTo(1);
        assertThat(known.changeKey(KnownContacts.idHash("b"))).isEqualTo(KnownContacts.ABSENT);
    }

    /** Random page commits (creates, updates, removals, replays) over a pool of ids; returns the final known set. */
    private static Map<String, Long> writeHistory(MapCursorStore store, Random random) {
        FolderState state = new FolderState(store, SCOPE);
        SyncCursor cursor = SyncCursor.start(SyncCursor.Phase.INITIAL, null);
        Map<String, Long> reference = new HashMap<>();
        for (int page = 0; page < 120; page++) {
            Segments.Builder segment = new Segments.Builder();
            for (int i = 0; i < 1 + random.nextInt(80); i++) {
                String id = "AAMkA" + random.nextInt(IDS) + "=";
                if (random.nextInt(5) == 0) {
                    segment.removed(id);
                    reference.remove(id);
                } else {
                    long key = KnownContacts.changeKeyHash("ck" + random.nextInt(4));
                    segment.live(id, key);
                    reference.put(id, key);
                }
            }
            cursor = state.commit(segment, cursor.withLink("next-" + page));
        }
        return reference;
    }

    private static void assertSame(KnownContacts known, Map<String, Long> reference) {
        assertThat(known.size()).isEqualTo(reference.size());
        for (int i = 0; i < IDS; i++) {
            String id = "AAMkA" + i + "=";
            assertThat(known.changeKey(KnownContacts.idHash(id)))
                    .as(id).isEqualTo(reference.getOrDefault(id, KnownContacts.ABSENT));
        }
    }
}
