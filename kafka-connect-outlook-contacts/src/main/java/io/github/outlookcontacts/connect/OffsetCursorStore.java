package io.github.outlookcontacts.connect;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import io.github.outlookcontacts.sync.CursorStore;
import org.apache.kafka.connect.errors.ConnectException;
import org.apache.kafka.connect.storage.OffsetStorageReader;

/**
 * The engine's state for one mailbox/folder partition, kept as that partition's Connect source offset: read once
 * from the {@link OffsetStorageReader} (what the last acknowledged record committed), written by the engine in
 * memory, and handed back by {@link #snapshot()} to ride on the next records, so it reaches the offsets topic only
 * after Kafka acknowledged them. The offset is a flat map of store key to value (every key the engine wrote).
 */
final class OffsetCursorStore implements CursorStore {

    /** Below Kafka's default 1 MiB message limit, with room for the offset record's key and JSON framing. */
    static final int MAX_OFFSET_BYTES = 900_000;

    private final FolderPartition partition;
    private final Map<String, String> values = new ConcurrentHashMap<>();

    private OffsetCursorStore(FolderPartition partition) {
        this.partition = partition;
    }

    /** The state the partition's last committed offset holds (empty for a partition never synced). */
    static OffsetCursorStore load(OffsetStorageReader reader, FolderPartition partition) {
        OffsetCursorStore store = new OffsetCursorStore(partition);
        Map<String, Object> offset = reader.offset(partition.sourcePartition());
        if (offset != null) {
            offset.forEach((key, value) -> {
                if (value instanceof String text && !text.isEmpty()) {
                    store.values.put(key, text);
                }
            });
        }
        return store;
    }

    @Override
    public String get(String key) {
        String value = values.get(key);
        return value == null || value.isEmpty() ? null : value;
    }

    @Override
    public void put(String key, String value) {
        if (value == null || value.isEmpty()) {
            values.remove(key);
        } else {
            values.put(key, value);
        }
    }

    /**
     * The whole state as a source offset. Fails rather than write an offset record the broker would refuse (the
     * task stops; nothing committed is lost).
     */
    Map<String, Object> snapshot() {
        Map<String, Object> offset = new TreeMap<>(values);
        long bytes = 0;
        for (Map.Entry<String, Object> e : offset.entrySet()) {
            bytes += e.getKey().getBytes(StandardCharsets.UTF_8).length
                     + e.getValue().toString().getBytes(StandardCharsets.UTF_8).length + 6;
        }
        if (bytes > MAX_OFFSET_BYTES) {
            throw new ConnectException("the sync state of " + partition + " has grown to " + bytes
                    + " bytes, more than a source offset can hold (" + MAX_OFFSET_BYTES + "); split the folder"
                    + " into subfolders listed in 'folders', or sync fewer properties");
        }
        return offset;
    }
}
