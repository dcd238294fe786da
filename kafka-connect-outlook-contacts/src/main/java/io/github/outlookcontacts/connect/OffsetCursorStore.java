package io.github.outlookcontacts.connect;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import io.github.outlookcontacts.sync.CursorStore;
import org.apache.kafka.connect.errors.ConnectException;
import org.apache.kafka.connect.storage.OffsetStorageReader;

/**
 * The engine's state for one mailbox/folder partition, kept in Connect source offsets so that it reaches the offsets
 * topic only after Kafka acknowledged the records it rides on. Small values (the cursor) sit in the partition's own
 * offset; each large value (a known-contacts segment, up to 2,000 contacts) in a chunk slot, a source partition of
 * its own whose offset rides on a carrier record, so no offset record approaches the broker's 1 MiB limit however
 * large the folder.
 * <p>
 * Connect commits each source partition on its own and may land any subset of one flush, so the partition's offset
 * never relies on chunks alone: it carries the current version and, until that version's chunks were read back from
 * the offsets topic, the last version whose chunks were (the fallback). A restarted task loads the current version
 * if every chunk it names is there with its tag, else the fallback, and reads on from that older cursor
 * (at-least-once). Chunk slots are written once per tag and rewritten only when no version that can still be
 * loaded refers to them ({@link ChunkSlots}).
 */
final class OffsetCursorStore implements CursorStore {

    /** Below Kafka's default 1 MiB message limit, with room for the offset record's key and JSON framing. */
    static final int MAX_OFFSET_BYTES = 900_000;
    /** Values longer than this go to a chunk slot; shorter ones (the cursor, a one-contact segment) stay inline. */
    static final int INLINE_CHARS = 256;

    private static final SecureRandom RANDOM = new SecureRandom();

    private final FolderPartition partition;
    private final Map<String, String> values = new ConcurrentHashMap<>();
    private final Set<String> dirty = ConcurrentHashMap.newKeySet();
    private final ChunkSlots slots = new ChunkSlots();
    /** Makes this task's tags unique: a crashed predecessor may have left other values in the same slots. */
    private final String epoch = HexFormat.of().toHexDigits(RANDOM.nextLong());
    private long tags;
    private StateVersion latest = StateVersion.EMPTY;
    private StateVersion durableChunks = StateVersion.EMPTY;
    private StateVersion candidate;
    private long durable;
    private Snapshot last;

    /**
     * The offsets of one state version: the partition's own and those of the chunks written for it, each to ride on
     * a record of its own partition.
     */
    record Snapshot(Map<String, Object> offset, List<ChunkWrite> chunks) {
    }

    /** One chunk slot's new offset. */
    record ChunkWrite(int slot, Map<String, String> partition, Map<String, Object> offset) {
    }

    private OffsetCursorStore(FolderPartition partition) {
        this.partition = partition;
    }

    /** The state the partition's committed offsets hold (empty for a partition never synced). */
    static OffsetCursorStore load(OffsetStorageReader reader, FolderPartition partition) {
        OffsetCursorStore store = new OffsetCursorStore(partition);
        Map<String, Object> offset = reader.offset(partition.sourcePartition());
        if (offset != null) {
            store.restore(reader, offset);
        }
        return store;
    }

    private void restore(OffsetStorageReader reader, Map<String, Object> offset) {
        StateVersion current = OffsetLayout.current(offset);
        StateVersion fallback = OffsetLayout.fallback(offset);
        Map<Map<String, String>, Map<String, Object>> chunks = readChunks(reader, current, fallback);
        Map<String, String> state = complete(current, chunks);
        StateVersion loaded = current;
        if (state == null && fallback != null) {
            state = complete(fallback, chunks);
            loaded = new StateVersion(current.version(), fallback.inline(), fallback.chunks());
        }
        if (state == null) {
            throw new ConnectException("the committed sync state of " + partition + " names chunks the offsets topic"
                    + " does not hold; reset the connector's offsets for this partition to sync it again");
        }
        values.putAll(state);
        // The loaded offset is durable: only it, and its fallback, can be loaded again.
        durable = current.version();
        slots.use(durable, current.chunks().values());
        if (fallback != null) {
            slots.use(durable, fallback.chunks().values());
        }
        latest = loaded;
        durableChunks = loaded;
    }

    private Map<Map<String, String>, Map<String, Object>> readChunks(OffsetStorageReader reader,
                                                                     StateVersion current, StateVersion fallback) {
        List<Map<String, String>> partitions = new ArrayList<>();
        current.chunks().values().forEach(ref -> partitions.add(partition.chunkPartition(ref.slot())));
        if (fallback != null) {
            fallback.chunks().values().forEach(ref -> partitions.add(partition.chunkPartition(ref.slot())));
        }
        return partitions.isEmpty() ? Map.of() : reader.offsets(partitions);
    }

    /** The version's values if every chunk it names was read back with its tag, else null. */
    private Map<String, String> complete(StateVersion version,
                                         Map<Map<String, String>, Map<String, Object>> chunks) {
        Map<String, String> state = new HashMap<>(version.inline());
        for (Map.Entry<String, ChunkRef> e : version.chunks().entrySet()) {
            String value = OffsetLayout.chunkValue(chunks.get(partition.chunkPartition(e.getValue().slot())),
                    e.getKey(), e.getValue());
            if (value == null) {
                return null;
            }
            state.put(e.getKey(), value);
        }
        return state;
    }

    @Override
    public String get(String key) {
        return values.get(key);
    }

    @Override
    public void put(String key, String value) {
        String old = value == null || value.isEmpty() ? values.remove(key) : values.put(key, value);
        if (!java.util.Objects.equals(old, value == null || value.isEmpty() ? null : value)) {
            dirty.add(key);
        }
    }

    /**
     * The offsets of the state as it is now: a new version if anything changed since the last snapshot, else the
     * last one again (without chunk writes, which its records already carry). Fails rather than write an offset
     * record the broker would refuse (the task stops; nothing committed is lost).
     */
    Snapshot snapshot() {
        if (last != null && dirty.isEmpty()) {
            return new Snapshot(last.offset(), List.of());
        }
        long version = latest.version() + 1;
        Map<String, String> inline = new TreeMap<>();
        Map<String, ChunkRef> chunks = new TreeMap<>();
        List<String> toWrite = new ArrayList<>();
        values.forEach((key, value) -> {
            if (value.length() <= INLINE_CHARS) {
                inline.put(key, value);
            } else if (latest.chunks().containsKey(key) && !dirty.contains(key)) {
                chunks.put(key, latest.chunks().get(key));
            } else {
                toWrite.add(key);
            }
        });
        dirty.clear();
        // Kept chunks and the fallback's stay in use before any slot is handed out again.
        slots.use(version, chunks.values());
        slots.use(version, durableChunks.chunks().values());
        List<ChunkWrite> writes = new ArrayList<>();
        for (String key : toWrite) {
            String value = values.get(key);
            if (value == null) {
                continue;
            }
            checkSize(value.getBytes(StandardCharsets.UTF_8).length + key.length(), "one known-contacts segment");
            ChunkRef ref = new ChunkRef(slots.allocate(version, durable), epoch + "." + ++tags);
            chunks.put(key, ref);
            writes.add(new ChunkWrite(ref.slot(), partition.chunkPartition(ref.slot()),
                    OffsetLayout.chunk(key, ref.tag(), value)));
        }
        latest = new StateVersion(version, inline, chunks);
        Map<String, Object> offset = OffsetLayout.encode(latest, durableChunks);
        long bytes = 0;
        for (Map.Entry<String, Object> e : offset.entrySet()) {
            bytes += e.getKey().length() + e.getValue().toString().getBytes(StandardCharsets.UTF_8).length + 6;
        }
        checkSize(bytes, "the partition's offset");
        last = new Snapshot(offset, writes);
        return last;
    }

    private void checkSize(long bytes, String what) {
        if (bytes > MAX_OFFSET_BYTES) {
            throw new ConnectException("the sync state of " + partition + " needs " + bytes + " bytes for " + what
                    + ", more than a source offset can hold (" + MAX_OFFSET_BYTES + ")");
        }
    }

    /**
     * The partitions to read back to learn what became durable: this partition and the chunks of the version
     * waiting to be confirmed; empty when nothing is waiting.
     */
    Collection<Map<String, String>> pendingPartitions() {
        if (candidate == null && latest.version() > durableChunks.version()) {
            candidate = latest;
        }
        if (candidate == null && durable >= latest.version()) {
            return List.of();
        }
        List<Map<String, String>> partitions = new ArrayList<>();
        partitions.add(partition.sourcePartition());
        if (candidate != null) {
            candidate.chunks().values().forEach(ref -> partitions.add(partition.chunkPartition(ref.slot())));
        }
        return partitions;
    }

    /**
     * What the offsets topic holds now: a candidate whose chunks are all there becomes the fallback of the next
     * versions, and the durable version number lets slots of older versions be reused.
     */
    void readBack(Map<Map<String, String>, Map<String, Object>> committed) {
        durable = Math.max(durable, OffsetLayout.version(committed.get(partition.sourcePartition())));
        if (candidate != null && complete(candidate, committed) != null) {
            durableChunks = candidate;
        }
        candidate = latest.version() > durableChunks.version() ? latest : null;
    }

    /** Chunk slots this partition uses on the offsets topic. */
    int chunkSlots() {
        return slots.size();
    }
}
