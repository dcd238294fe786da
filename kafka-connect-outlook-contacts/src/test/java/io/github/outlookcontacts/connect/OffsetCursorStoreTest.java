package io.github.outlookcontacts.connect;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import org.apache.kafka.connect.storage.OffsetStorageReader;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The chunked offsets under Connect's commit rules: each source partition is committed on its own, and one flush may
 * land any subset. Whatever subset landed, a restarted task loads a version whose chunks are all there (the current
 * one or its fallback), never a cursor without the known contacts it was written with.
 */
class OffsetCursorStoreTest {

    private static final FolderPartition PARTITION = new FolderPartition("a@contoso.com", "Big");
    private static final String CURSOR = "outlook-contacts/a/big/cursor";
    private static final String SEGMENT = "outlook-contacts/a/big/seg.0";

    /** The offsets topic: what was committed, per source partition. */
    private final Map<Map<String, ?>, Map<String, Object>> topic = new HashMap<>();
    private final OffsetStorageReader reader = new OffsetStorageReader() {
        @Override
        public <T> Map<String, Object> offset(Map<String, T> partition) {
            return topic.get(partition);
        }

        @Override
        public <T> Map<Map<String, T>, Map<String, Object>> offsets(Collection<Map<String, T>> partitions) {
            Map<Map<String, T>, Map<String, Object>> out = new HashMap<>();
            partitions.forEach(p -> out.put(p, topic.get(p)));
            return out;
        }
    };

    @Test
    void aCursorCommittedWithoutItsChunkIsNotLoadedAlone() {
        OffsetCursorStore store = OffsetCursorStore.load(reader, PARTITION);
        store.put(SEGMENT, big("first"));
        store.put(CURSOR, "cursor-1");
        OffsetCursorStore.Snapshot one = store.snapshot();
        assertThat(one.chunks()).hasSize(1);
        assertThat(one.offset()).containsEntry(CURSOR, "cursor-1").doesNotContainKey(SEGMENT);

        // Only the partition's own offset landed: its chunk did not. The fallback (nothing yet) is loaded.
        commitMain(one);
        assertThat(OffsetCursorStore.load(reader, PARTITION).get(CURSOR)).isNull();

        // Both landed: the state comes back whole.
        commitChunks(one);
        OffsetCursorStore loaded = OffsetCursorStore.load(reader, PARTITION);
        assertThat(loaded.get(CURSOR)).isEqualTo("cursor-1");
        assertThat(loaded.get(SEGMENT)).isEqualTo(big("first"));
    }

    @Test
    void afterTheChunksWereReadBackTheFallbackIsTheLastDurableVersion() {
        OffsetCursorStore store = OffsetCursorStore.load(reader, PARTITION);
        store.put(SEGMENT, big("first"));
        store.put(CURSOR, "cursor-1");
        OffsetCursorStore.Snapshot one = store.snapshot();
        commitChunks(one);
        commitMain(one);
        readBack(store);

        store.put(SEGMENT, big("second"));
        store.put(CURSOR, "cursor-2");
        OffsetCursorStore.Snapshot two = store.snapshot();
        assertThat(two.chunks()).singleElement().satisfies(w -> assertThat(w.slot()).as("slot 0 is still in use")
                .isNotEqualTo(one.chunks().get(0).slot()));
        commitMain(two); // a crash before the chunk of page two was committed
        OffsetCursorStore loaded = OffsetCursorStore.load(reader, PARTITION);
        assertThat(loaded.get(CURSOR)).as("the older cursor, with its own segment: page two is read again")
                .isEqualTo("cursor-1");
        assertThat(loaded.get(SEGMENT)).isEqualTo(big("first"));

        commitChunks(two);
        assertThat(OffsetCursorStore.load(reader, PARTITION).get(CURSOR)).isEqualTo("cursor-2");
    }

    @Test
    void slotsAreReusedOnceNoLoadableVersionNeedsThem() {
        OffsetCursorStore store = OffsetCursorStore.load(reader, PARTITION);
        for (int round = 0; round < 200; round++) {
            store.put(SEGMENT, big("round " + round));
            store.put(CURSOR, "cursor-" + round);
            OffsetCursorStore.Snapshot snapshot = store.snapshot();
            commitChunks(snapshot);
            commitMain(snapshot);
            readBack(store);
        }
        assertThat(store.chunkSlots()).isLessThanOrEqualTo(3);
        OffsetCursorStore loaded = OffsetCursorStore.load(reader, PARTITION);
        assertThat(loaded.get(SEGMENT)).isEqualTo(big("round 199"));
        assertThat(store.snapshot().chunks()).as("nothing changed: no new version, no chunk write").isEmpty();
    }

    @Test
    void smallValuesStayInlineAndAnOffsetWrittenBeforeChunkingStillLoads() {
        topic.put(PARTITION.sourcePartition(), new HashMap<>(Map.of(CURSOR, "legacy", SEGMENT, "1a:id-1")));
        OffsetCursorStore legacy = OffsetCursorStore.load(reader, PARTITION);
        assertThat(legacy.get(CURSOR)).isEqualTo("legacy");
        assertThat(legacy.get(SEGMENT)).isEqualTo("1a:id-1");
        OffsetCursorStore.Snapshot snapshot = legacy.snapshot();
        assertThat(snapshot.chunks()).isEmpty();
        assertThat(snapshot.offset()).containsEntry(SEGMENT, "1a:id-1");
    }

    private void readBack(OffsetCursorStore store) {
        Map<Map<String, String>, Map<String, Object>> committed = new HashMap<>();
        store.pendingPartitions().forEach(p -> committed.put(p, topic.get(p)));
        store.readBack(committed);
    }

    private void commitMain(OffsetCursorStore.Snapshot snapshot) {
        topic.put(PARTITION.sourcePartition(), snapshot.offset());
    }

    private void commitChunks(OffsetCursorStore.Snapshot snapshot) {
        snapshot.chunks().forEach(w -> topic.put(w.partition(), w.offset()));
    }

    private static String big(String marker) {
        return marker + " " + "0123456789abcdef:AAMkAGI2TG93AAA= ".repeat(20);
    }
}
