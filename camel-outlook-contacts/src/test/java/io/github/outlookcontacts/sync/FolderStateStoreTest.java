package io.github.outlookcontacts.sync;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The stored state must read back exactly, and a crash at any write must leave either the old or the new state,
 * never a mixture that forgets contacts.
 */
class FolderStateStoreTest {

    private static Map<String, Long> page(int from, int to) {
        Map<String, Long> p = new LinkedHashMap<>();
        for (int i = from; i < to; i++) {
            p.put("id-" + i, KnownContacts.fingerprint("ck-" + i));
        }
        return p;
    }

    @Test
    void pagesAndSnapshotsReadBack() {
        MapCursorStore backing = new MapCursorStore();
        FolderStateStore store = new FolderStateStore(backing, "Me", "folder-1");
        SyncCursor cursor = SyncCursor.start(SyncCursor.Phase.INITIAL);
        cursor = store.commitPage(cursor, page(0, 3000), "next-1");
        Map<String, Long> removal = new LinkedHashMap<>();
        removal.put("id-5", KnownContacts.REMOVED);
        cursor = store.commitPage(cursor, removal, "next-2");

        KnownContacts known = store.loadKnown(store.loadCursor());
        assertThat(store.loadCursor().link()).isEqualTo("next-2");
        assertThat(known.lookup("id-4")).isEqualTo(KnownContacts.fingerprint("ck-4"));
        assertThat(known.lookup("id-5")).isEqualTo(CompactIndex.ABSENT);

        SyncCursor done = store.commitSnapshot(cursor, known.mergeOverlay(), "delta-1", SyncCursor.Phase.INCREMENTAL);
        assertThat(done.chunks()).isEqualTo(2); // 2999 entries in chunks of 2000
        KnownContacts reloaded = store.loadKnown(store.loadCursor());
        assertThat(reloaded.size()).isEqualTo(2999);
        assertThat(reloaded.lookup("id-2999")).isEqualTo(KnownContacts.fingerprint("ck-2999"));
        assertThat(store.loadCursor().phase()).isEqualTo(SyncCursor.Phase.INCREMENTAL);
        assertThat(backing.values).doesNotContainValue("ck"); // sanity: values are encoded, not raw
    }

    @Test
    void aCrashWhileWritingANewSnapshotKeepsTheOldState() {
        MapCursorStore backing = new MapCursorStore();
        FolderStateStore store = new FolderStateStore(backing, "me", "f");
        SyncCursor cursor = store.commitSnapshot(SyncCursor.start(SyncCursor.Phase.INITIAL),
                new CompactIndex(), "delta-0", SyncCursor.Phase.INCREMENTAL);
        KnownContacts known = store.loadKnown(cursor);
        known.apply(page(0, 2500));
        cursor = store.commitPage(cursor, page(0, 2500), "delta-0b");
        CompactIndex merged = known.mergeOverlay();

        backing.writesBeforeCrash = backing.writes + 1; // first chunk written, then the process dies
        SyncCursor before = cursor;
        assertThatThrownBy(() -> store.commitSnapshot(before, merged, "delta-1", SyncCursor.Phase.INCREMENTAL))
                .hasMessageContaining("simulated crash");

        backing.writesBeforeCrash = Integer.MAX_VALUE;
        SyncCursor stored = store.loadCursor();
        assertThat(stored.link()).isEqualTo("delta-0b");
        assertThat(store.loadKnown(stored).size()).isEqualTo(2500);
        assertThat(store.loadKnown(stored).lookup("id-2499")).isEqualTo(KnownContacts.fingerprint("ck-2499"));
    }

    @Test
    void resyncKeepsOnlyWhatItSawAndReportsTheVanished() {
        KnownContacts known = new KnownContacts(new CompactIndex());
        known.apply(page(0, 10));
        known.mergeOverlay();
        known.apply(page(0, 8)); // a full round saw 0..7 again
        assertThat(known.notSeenThisRound()).containsExactlyInAnyOrder("id-8", "id-9");
        assertThat(known.replaceWithOverlay().size()).isEqualTo(8);
    }
}
