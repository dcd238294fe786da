package io.github.outlookcontacts.connect;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.github.outlookcontacts.emulator.GraphEmulator;
import io.github.outlookcontacts.emulator.store.ContactEntry;
import org.apache.kafka.connect.json.JsonConverter;
import org.apache.kafka.connect.source.SourceRecord;
import org.apache.kafka.connect.source.SourceTaskContext;
import org.apache.kafka.connect.storage.OffsetStorageReader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A task that dies before Kafka acknowledged all of its records, without a graceful stop: the successor starts from
 * the offset Connect would have committed (per partition, the offset of the last record of the unbroken run of
 * acknowledged records), and nothing is lost. The cluster tests kill whole workers; this one pins down the pages.
 */
class SourceTaskRestartTest {

    private static final String USER = "crash@contoso.com";

    private GraphEmulator emulator;
    /** What Connect's offsets topic holds, by source partition. */
    private final Map<Map<String, Object>, Map<String, Object>> committed = new HashMap<>();

    @BeforeEach
    void start() {
        emulator = GraphEmulator.builder().port(0).seedContacts(USER, "Sync", 23).build().start();
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    @Test
    void aTaskKilledInTheMiddleOfAPageIsFollowedFromTheLastAcknowledgedPage() throws Exception {
        OutlookContactsSourceTask first = task();
        List<SourceRecord> delivered = new ArrayList<>();
        List<SourceRecord> page1 = poll(first);
        List<SourceRecord> page2 = poll(first);
        List<SourceRecord> page3 = poll(first);
        assertThat(contacts(page1)).hasSize(5);
        // Kafka acknowledged pages 1 and 2 and the first two contacts of page 3 (and its chunk); then the worker died.
        acknowledge(page1);
        acknowledge(page2);
        int twoContacts = page3.size() - 3;
        acknowledge(page3.subList(0, twoContacts));
        delivered.addAll(contacts(page1));
        delivered.addAll(contacts(page2));
        delivered.addAll(contacts(page3.subList(0, twoContacts)));

        OutlookContactsSourceTask second = task();
        List<SourceRecord> redelivered = new ArrayList<>();
        for (List<SourceRecord> page = poll(second); page != null && !page.isEmpty(); page = poll(second)) {
            acknowledge(page);
            redelivered.addAll(contacts(page));
        }
        Set<String> keys = new HashSet<>();
        delivered.forEach(r -> keys.add((String) r.key()));
        redelivered.forEach(r -> keys.add((String) r.key()));
        Set<String> expected = new HashSet<>();
        String folderId = emulator.store().folderIdByPath(USER, "Sync");
        emulator.store().contacts(USER, folderId).forEach(c -> expected.add(c.id()));
        assertThat(keys).isEqualTo(expected);
        // Page 3 is delivered again, whole; pages 1 and 2 are not.
        int duplicates = delivered.size() + redelivered.size() - keys.size();
        assertThat(duplicates).isEqualTo(2);
        assertThat(redelivered.subList(0, 5)).extracting(SourceRecord::key)
                .containsExactlyElementsOf(contacts(page3).stream().map(SourceRecord::key).toList());

        // The known contacts travelled with the offset: an update after the restart is an update, not a create.
        ContactEntry changed = emulator.store().contacts(USER, folderId).iterator().next();
        emulator.store().updateContact(USER, changed.id(), "{\"jobTitle\":\"After the crash\"}");
        Thread.sleep(150);
        List<SourceRecord> next = contacts(pollUntilRecords(second));
        assertThat(next).singleElement().satisfies(r -> {
            assertThat(r.key()).isEqualTo(changed.id());
            assertThat(new String(r.headers().lastWithName(ContactRecords.CHANGE_TYPE_HEADER).value().toString()))
                    .isEqualTo("updated");
        });
        first.stop();
        second.stop();
    }

    @Test
    void aRoundWithoutChangesCommitsItsCursorThroughAHeartbeat() throws Exception {
        OutlookContactsSourceTask task = task();
        List<SourceRecord> all = new ArrayList<>();
        for (List<SourceRecord> page = poll(task); page != null && !page.isEmpty(); page = poll(task)) {
            acknowledge(page);
            all.addAll(contacts(page));
        }
        assertThat(all).hasSize(23);
        Thread.sleep(150);
        // The next round has nothing new, but its delta link is new: one heartbeat carries it.
        List<SourceRecord> quiet = pollUntilRecords(task);
        // (a rewritten state chunk, if any, rides on a carrier record of its own partition)
        assertThat(quiet).filteredOn(r -> r.sourcePartition().size() == 2).singleElement().satisfies(r -> {
            assertThat(r.topic()).isEqualTo("test-heartbeats");
            assertThat(r.value()).isInstanceOf(Long.class);
        });
        task.stop();
    }

    @Test
    void aPartitionSerializesTheSameInEveryJvm() {
        // Connect looks a partition's offset up by its serialized bytes; a worker in another JVM must produce them.
        JsonConverter converter = new JsonConverter();
        converter.configure(Map.of("schemas.enable", "false"), true);
        byte[] key = converter.fromConnectData("offsets", null,
                List.of("source", new FolderPartition(USER, "Clients/Europe").sourcePartition()));
        assertThat(new String(key, StandardCharsets.UTF_8))
                .isEqualTo("[\"source\",{\"mailbox\":\"crash@contoso.com\",\"folder\":\"Clients/Europe\"}]");
        byte[] chunk = converter.fromConnectData("offsets", null,
                List.of("source", new FolderPartition(USER, "Clients/Europe").chunkPartition(7)));
        assertThat(new String(chunk, StandardCharsets.UTF_8)).isEqualTo(
                "[\"source\",{\"mailbox\":\"crash@contoso.com\",\"folder\":\"Clients/Europe\",\"chunk\":\"7\"}]");
    }

    private OutlookContactsSourceTask task() {
        Map<String, String> props = new HashMap<>();
        props.put("topic", "contacts");
        props.put("heartbeat.topic", "test-heartbeats");
        props.put("mailboxes", USER);
        props.put("folders", "Sync");
        props.put("page.size", "5");
        props.put("poll.interval.ms", "100");
        props.put("graph.base.url", emulator.baseUrl());
        props.put("access.token", "t");
        OutlookContactsSourceConnector connector = new OutlookContactsSourceConnector();
        connector.start(props);
        Map<String, String> taskProps = connector.taskConfigs(1).get(0);
        OutlookContactsSourceTask task = new OutlookContactsSourceTask();
        task.initialize(new SourceTaskContext() {
            @Override
            public Map<String, String> configs() {
                return taskProps;
            }

            @Override
            public OffsetStorageReader offsetStorageReader() {
                return new CommittedOffsets();
            }

            @Override
            public org.apache.kafka.common.metrics.PluginMetrics pluginMetrics() {
                return null;
            }
        });
        task.start(taskProps);
        return task;
    }

    /** Kafka acknowledged these records (in order): Connect then commits the last one's offset. */
    @SuppressWarnings("unchecked")
    private void acknowledge(List<SourceRecord> records) {
        for (SourceRecord record : records) {
            committed.put((Map<String, Object>) record.sourcePartition(), (Map<String, Object>) record.sourceOffset());
        }
    }

    /** The contact records of a poll, without the carriers of its state chunks. */
    private static List<SourceRecord> contacts(List<SourceRecord> records) {
        return records.stream().filter(r -> r.topic().equals("contacts")).toList();
    }

    private static List<SourceRecord> poll(OutlookContactsSourceTask task) throws InterruptedException {
        return task.poll();
    }

    private static List<SourceRecord> pollUntilRecords(OutlookContactsSourceTask task) throws InterruptedException {
        for (int i = 0; i < 50; i++) {
            List<SourceRecord> records = task.poll();
            if (records != null && !records.isEmpty()) {
                return records;
            }
        }
        throw new AssertionError("no records within 50 polls");
    }

    private final class CommittedOffsets implements OffsetStorageReader {
        @Override
        @SuppressWarnings("unchecked")
        public <T> Map<String, Object> offset(Map<String, T> partition) {
            return committed.get((Map<String, Object>) partition);
        }

        @Override
        public <T> Map<Map<String, T>, Map<String, Object>> offsets(Collection<Map<String, T>> partitions) {
            Map<Map<String, T>, Map<String, Object>> result = new HashMap<>();
            partitions.forEach(p -> result.put(p, offset(p)));
            return result;
        }
    }
}
