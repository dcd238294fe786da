package io.github.outlookcontacts.connect;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.github.outlookcontacts.graph.GraphContactsClient;
import io.github.outlookcontacts.graph.GraphException;
import io.github.outlookcontacts.sync.ChangeBatch;
import io.github.outlookcontacts.sync.DeltaSyncEngine;
import org.apache.kafka.connect.source.SourceRecord;
import org.apache.kafka.connect.source.SourceTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Syncs this task's mailbox/folder partitions with the component's sync engine, one delta page per
 * {@link #poll()}. A page is committed to the engine when its records are handed to Connect; the engine's state
 * reaches the offsets topic as the page's source offset, which Connect commits only once Kafka acknowledged the
 * records. A task restarted anywhere loads that offset and reads on from the last acknowledged page.
 */
public final class OutlookContactsSourceTask extends SourceTask {

    private static final Logger LOG = LoggerFactory.getLogger(OutlookContactsSourceTask.class);
    private static final long MAX_IDLE_MS = 1_000;
    private static final long MAX_ERROR_BACKOFF_MS = 10_000;
    /** How often the offsets topic is read back to learn which chunks became durable (one read for all folders). */
    private static final long READ_BACK_INTERVAL_MS = 2_000;

    private final List<Folder> folders = new ArrayList<>();
    private GraphContactsClient client;
    private ContactRecords records;
    private long pollIntervalMs;
    private int next;
    private long readBackAt;
    private volatile boolean stopping;

    /** One partition: its engine, its state, and when it may read again. */
    private static final class Folder {
        final FolderPartition partition;
        final OffsetCursorStore store;
        final DeltaSyncEngine engine;
        Map<String, Object> offset;
        long dueAt;

        Folder(FolderPartition partition, OffsetCursorStore store, DeltaSyncEngine engine) {
            this.partition = partition;
            this.store = store;
            this.engine = engine;
            this.offset = store.snapshot().offset();
        }
    }

    @Override
    public String version() {
        return Version.VERSION;
    }

    @Override
    public void start(Map<String, String> props) {
        SourceConfig config = new SourceConfig(props);
        client = GraphConnectionConfig.client(config);
        records = new ContactRecords(config.getString(SourceConfig.TOPIC),
                config.getString(SourceConfig.HEARTBEAT_TOPIC), config.getBoolean(SourceConfig.VALUE_SCHEMA_ENABLE));
        pollIntervalMs = config.getLong(SourceConfig.POLL_INTERVAL_MS);
        for (FolderPartition partition : config.taskPartitions()) {
            OffsetCursorStore store = OffsetCursorStore.load(context.offsetStorageReader(), partition);
            folders.add(new Folder(partition, store,
                    new DeltaSyncEngine(client, store, config.syncSettings(partition))));
        }
        LOG.info("Syncing {} mailbox folders: {}", folders.size(), config.taskPartitions());
    }

    @Override
    public List<SourceRecord> poll() throws InterruptedException {
        long now = System.currentTimeMillis();
        if (now >= readBackAt) {
            readBack();
            readBackAt = now + READ_BACK_INTERVAL_MS;
        }
        for (int tried = 0; tried < folders.size() && !stopping; tried++) {
            Folder folder = folders.get(next);
            next = (next + 1) % folders.size();
            if (folder.dueAt > now) {
                continue;
            }
            List<SourceRecord> page = read(folder, now);
            if (page != null) {
                return page;
            }
        }
        long earliest = folders.stream().mapToLong(f -> f.dueAt).min().orElse(now + MAX_IDLE_MS);
        Thread.sleep(Math.max(1, Math.min(MAX_IDLE_MS, earliest - System.currentTimeMillis())));
        return null;
    }

    /** The records of the folder's next page, or null when its round is complete (or it failed). */
    private List<SourceRecord> read(Folder folder, long now) {
        Optional<ChangeBatch> batch;
        try {
            batch = folder.engine.next();
        } catch (GraphException e) {
            LOG.warn("Reading {} failed ({}); trying again later", folder.partition, e.getMessage());
            folder.dueAt = now + Math.min(pollIntervalMs, MAX_ERROR_BACKOFF_MS);
            return null;
        }
        if (batch.isEmpty()) {
            folder.dueAt = now + pollIntervalMs;
            return null;
        }
        // Handing the page to Connect is this task's confirmation; the durable commit is the source offset.
        folder.engine.commit(batch.get());
        Map<String, Object> before = folder.offset;
        OffsetCursorStore.Snapshot snapshot = folder.store.snapshot();
        Map<String, Object> after = snapshot.offset();
        folder.offset = after;
        List<SourceRecord> page = new ArrayList<>(records.chunks(folder.partition, snapshot.chunks()));
        if (batch.get().isEmpty()) {
            if (!after.equals(before)) {
                page.add(records.heartbeat(folder.partition, after));
            }
            return page;
        }
        page.addAll(records.page(folder.partition, batch.get().changes(), before, after));
        return page;
    }

    /** One read of the offsets topic for every folder with state not yet known to be durable. */
    private void readBack() {
        List<Map<String, String>> partitions = new ArrayList<>();
        for (Folder folder : folders) {
            partitions.addAll(folder.store.pendingPartitions());
        }
        if (partitions.isEmpty()) {
            return;
        }
        Map<Map<String, String>, Map<String, Object>> committed = context.offsetStorageReader().offsets(partitions);
        for (Folder folder : folders) {
            folder.store.readBack(committed);
        }
    }

    @Override
    public void stop() {
        stopping = true;
        if (client != null) {
            client.close();
        }
    }
}
