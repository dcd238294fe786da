package io.github.outlookcontacts.connect;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.outlookcontacts.emulator.GraphEmulator;
import io.github.outlookcontacts.emulator.store.ContactEntry;
import io.github.outlookcontacts.emulator.store.ContactStore;
import io.github.outlookcontacts.emulator.store.JournalEntry;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.connect.json.JsonConverter;
import org.apache.kafka.connect.storage.StringConverter;
import org.apache.kafka.connect.util.clusters.EmbeddedConnectCluster;
import org.apache.kafka.connect.util.clusters.WorkerHandle;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Both connectors on Kafka's own embedded Connect cluster (a KRaft broker and three workers in this JVM) against the
 * Graph emulator over loopback. One cluster for the whole class: it takes most of the class's time to start.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConnectClusterTest {

    static final String TOKEN = "connect-test-token";

    GraphEmulator emulator;
    EmbeddedConnectCluster connect;

    @BeforeAll
    void start() {
        emulator = GraphEmulator.builder().port(0).build().start();
        Map<String, String> worker = new HashMap<>();
        worker.put("key.converter", StringConverter.class.getName());
        worker.put("value.converter", JsonConverter.class.getName());
        worker.put("value.converter.schemas.enable", "false");
        worker.put("offset.flush.interval.ms", "200");
        worker.put("scheduled.rebalance.max.delay.ms", "1000");
        worker.put("plugin.discovery", "service_load");
        connect = new EmbeddedConnectCluster.Builder().name("outlook-contacts-connect").numWorkers(3)
                .workerProps(worker).build();
        connect.start();
    }

    @AfterAll
    void stop() {
        if (connect != null) {
            connect.stop();
        }
        if (emulator != null) {
            emulator.close();
        }
    }

    @Test
    void sinkUpsertsAndDeletesAndSendsBadRecordsToTheDeadLetterQueue() throws Exception {
        String topic = "sink-in";
        connect.kafka().createTopic(topic, 1);
        connect.kafka().createTopic("sink-dlq", 1);
        String target = "sink-target@contoso.com";
        Map<String, String> sink = sink(topic, 1, target, "Imported");
        sink.put("errors.tolerance", "all");
        sink.put("errors.deadletterqueue.topic.name", "sink-dlq");
        sink.put("errors.deadletterqueue.topic.replication.factor", "1");
        sink.put("errors.deadletterqueue.context.headers.enable", "true");

        try (KafkaProducer<byte[], byte[]> producer = connect.kafka().createProducer(Map.of())) {
            for (int i = 0; i < 30; i++) {
                send(producer, topic, "ext-" + i, contactJson("Person " + i, "person" + i + "@example.com"));
            }
            send(producer, topic, "bad-1", "{\"displayName\":\"X\",\"emailAdresses\":[]}");
            send(producer, topic, "ext-3", contactJson("Person 3 renamed", "person3@example.com"));
            send(producer, topic, "ext-4", null);
            send(producer, topic, "ext-5", contactJson("Person 5", "person5@example.com"));
        }
        connect.configureConnector("sink", sink);
        String folderId = emulator.store().folderIdByPath(target, "Imported");
        awaitTrue(Duration.ofSeconds(60), () -> emulator.store().contactCount(target, folderId) == 29
                && names(target, folderId).contains("Person 3 renamed"), () -> "sink wrote " + names(target, folderId)
                + "; status " + connect.connectorStatus("sink"));

        assertThat(names(target, folderId)).hasSize(29).contains("Person 0", "Person 3 renamed", "Person 29")
                .doesNotContain("Person 4", "Person 3");
        var dlq = connect.kafka().consume(1, 30_000, "sink-dlq");
        assertThat(dlq.count()).isEqualTo(1);
        assertThat(new String(dlq.iterator().next().key(), StandardCharsets.UTF_8)).isEqualTo("bad-1");
        connect.deleteConnector("sink");
    }

    @Test
    void sourceLosesNoChangeWhenWorkersLeaveInTheFirstAndInAnIncrementalRound() throws Exception {
        String topic = "contacts";
        connect.kafka().createTopic(topic, 3);
        connect.kafka().createTopic("outlook-contacts-heartbeats", 1, 1, Map.of("cleanup.policy", "compact"));
        List<String> users = IntStream.rangeClosed(1, 6).mapToObj(i -> "user" + i + "@contoso.com").toList();
        ContactStore store = emulator.store();
        users.forEach(user -> store.seed(user, "Sync", 40, user.hashCode()));
        // Slow delta pages down so that a worker leaves while its task is in the middle of a round.
        emulator.faults().latency(Duration.ofMillis(40)).onlyPathsContaining("/delta");
        Map<String, String> source = connection();
        source.put("connector.class", OutlookContactsSourceConnector.class.getName());
        source.put("tasks.max", "2");
        source.put("topic", topic);
        source.put("mailboxes", String.join(",", users));
        source.put("folders", "Sync");
        source.put("page.size", "5");
        source.put("poll.interval.ms", "300");
        connect.configureConnector("source", source);
        connect.assertions().assertConnectorAndExactlyNumTasksAreRunning("source", 2, "source did not start");

        awaitRecords(topic, 60);
        removeWorkerRunning("source", 0);
        connect.addWorker();
        awaitTrue(Duration.ofSeconds(90), () -> sameAsEmulator(topic, users),
                () -> "first round incomplete: " + describe(topic, users));

        long journalBefore = store.journal().lastSeq();
        for (String user : users) {
            String folderId = store.folderIdByPath(user, "Sync");
            List<ContactEntry> contacts = List.copyOf(store.contacts(user, folderId));
            for (int i = 0; i < 10; i++) {
                store.updateContact(user, contacts.get(i).id(), "{\"jobTitle\":\"Round 2\"}");
            }
            for (int i = 10; i < 15; i++) {
                store.deleteContact(user, contacts.get(i).id());
            }
            for (int i = 0; i < 5; i++) {
                store.createContact(user, folderId, contactJson("New " + i + " " + user, "new" + i + "." + user));
            }
        }
        int before = new TopicView(connect.kafka().consumeAll(10_000, topic)).changes.size();
        awaitRecords(topic, before + 40);
        removeWorkerRunning("source", 1);
        awaitTrue(Duration.ofSeconds(90), () -> sameAsEmulator(topic, users),
                () -> "incremental round incomplete: " + describe(topic, users));

        TopicView view = new TopicView(connect.kafka().consumeAll(10_000, topic));
        Map<String, Set<String>> seen = view.seenStates();
        List<JournalEntry> journal = store.journal().entries(e -> users.contains(e.mailbox()));
        for (JournalEntry entry : journal) {
            String expected = entry.type() == io.github.outlookcontacts.emulator.store.ChangeType.DELETED ? "deleted"
                    : entry.changeKey();
            assertThat(seen.getOrDefault(entry.contactId(), Set.of())).as("journal entry " + entry.seq())
                    .contains(expected);
        }
        System.out.printf("Kafka Connect source, 3 workers, 2 tasks, 6 mailboxes: %d journal changes (%d after the"
                + " first round), %d records, %d duplicates after two workers left%n", journal.size(),
                store.journal().since(journalBefore).size(), view.changes.size(), view.duplicates());
        var offsets = connect.connectorOffsets("source").offsets();
        int contacts = expected(users).size();
        long bytes = offsets.stream().mapToLong(o -> o.offset().toString().length()).sum();
        System.out.printf("source offsets: %d partitions, %d bytes of state for %d contacts (%.0f bytes per contact)%n",
                offsets.size(), bytes, contacts, (double) bytes / contacts);
        connect.deleteConnector("source");
        emulator.faults().reset();

        // The sink round-trips the topic into another mailbox: one contact per live source contact, same content.
        String mirror = "mirror@contoso.com";
        connect.configureConnector("mirror", sink(topic, 2, mirror, "All"));
        String mirrorFolder = store.folderIdByPath(mirror, "All");
        List<String> wanted = users.stream().flatMap(u -> store.contacts(u, store.folderIdByPath(u, "Sync")).stream())
                .map(ConnectClusterTest::content).sorted().toList();
        awaitTrue(Duration.ofSeconds(60), () -> wanted.equals(store.contacts(mirror, mirrorFolder).stream()
                .map(ConnectClusterTest::content).sorted().toList()),
                () -> store.contactCount(mirror, mirrorFolder) + " of " + wanted.size() + " mirrored; first differences "
                      + wanted.stream().filter(w -> store.contacts(mirror, mirrorFolder).stream()
                              .map(ConnectClusterTest::content).noneMatch(w::equals)).limit(2).toList() + " vs "
                      + store.contacts(mirror, mirrorFolder).stream().map(ConnectClusterTest::content)
                              .filter(m -> !wanted.contains(m)).limit(2).toList() + "; "
                      + connect.connectorStatus("mirror").tasks().stream().map(t -> t.state() + " " + t.trace())
                              .toList());
        connect.deleteConnector("mirror");
    }

    /** What the mirror must copy: names, addresses, job title. */
    static String content(ContactEntry contact) {
        JsonNode p = contact.properties();
        StringBuilder emails = new StringBuilder();
        p.path("emailAddresses").forEach(e -> emails.append(e.path("name").asText()).append('<')
                .append(e.path("address").asText()).append(">,"));
        return p.path("displayName").asText() + "|" + emails + "|" + p.path("jobTitle").asText();
    }

    // --- helpers ---

    /** The compacted topic holds exactly the emulator's contacts, each at its latest changeKey. */
    boolean sameAsEmulator(String topic, List<String> users) {
        return expected(users).equals(actual(topic));
    }

    Map<String, String> expected(List<String> users) {
        Map<String, String> expected = new HashMap<>();
        for (String user : users) {
            String folderId = emulator.store().folderIdByPath(user, "Sync");
            emulator.store().contacts(user, folderId).forEach(c -> expected.put(c.id(), c.changeKey()));
        }
        return expected;
    }

    Map<String, String> actual(String topic) {
        try {
            Map<String, String> actual = new HashMap<>();
            new TopicView(connect.kafka().consumeAll(10_000, topic)).compacted()
                    .forEach((id, value) -> actual.put(id, value.path("changeKey").asText()));
            return actual;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    String describe(String topic, List<String> users) {
        Map<String, String> expected = expected(users);
        Map<String, String> actual = actual(topic);
        long missing = expected.keySet().stream().filter(k -> !expected.get(k).equals(actual.get(k))).count();
        long extra = actual.keySet().stream().filter(k -> !expected.containsKey(k)).count();
        return missing + " of " + expected.size() + " contacts missing or stale, " + extra + " extra; status "
               + connect.connectorStatus("source").tasks().stream().map(t -> t.id() + ":" + t.state() + "@"
                       + t.workerId()).toList();
    }

    void awaitRecords(String topic, int count) throws Exception {
        connect.kafka().consume(count, 60_000, topic);
    }

    /** Stops the worker that runs the task (gracefully: Connect's own way of losing a worker in one JVM). */
    void removeWorkerRunning(String connector, int task) {
        String workerId = connect.connectorStatus(connector).tasks().stream().filter(t -> t.id() == task)
                .findFirst().orElseThrow().workerId();
        WorkerHandle worker = connect.workers().stream()
                .filter(w -> workerId.endsWith(":" + w.url().getPort())).findFirst().orElseThrow();
        connect.removeWorker(worker);
    }

    Map<String, String> connection() {
        Map<String, String> config = new HashMap<>();
        config.put("graph.base.url", emulator.baseUrl());
        config.put("access.token", TOKEN);
        config.put("key.converter", StringConverter.class.getName());
        config.put("value.converter", JsonConverter.class.getName());
        config.put("value.converter.schemas.enable", "false");
        return config;
    }

    /** A sink connector's configuration writing {@code topic} into the mailbox's folder (created here). */
    Map<String, String> sink(String topic, int tasks, String mailbox, String folder) {
        emulator.store().ensureFolderPath(mailbox, folder);
        Map<String, String> sink = connection();
        sink.put("connector.class", OutlookContactsSinkConnector.class.getName());
        sink.put("tasks.max", Integer.toString(tasks));
        sink.put("topics", topic);
        sink.put("mailbox", mailbox);
        sink.put("folder", folder);
        return sink;
    }

    static String contactJson(String name, String email) {
        return "{\"displayName\":\"" + name + "\",\"givenName\":\"" + name.split(" ")[0] + "\","
               + "\"emailAddresses\":[{\"address\":\"" + email + "\",\"name\":\"" + name + "\"}]}";
    }

    static void send(KafkaProducer<byte[], byte[]> producer, String topic, String key, String value) throws Exception {
        producer.send(new ProducerRecord<>(topic, key.getBytes(StandardCharsets.UTF_8),
                value == null ? null : value.getBytes(StandardCharsets.UTF_8))).get();
    }

    Set<String> names(String user, String folderId) {
        return emulator.store().contacts(user, folderId).stream()
                .map(c -> c.properties().path("displayName").asText()).collect(Collectors.toSet());
    }

    static void awaitTrue(Duration timeout, BooleanSupplier condition, Supplier<String> state)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within " + timeout + ": " + state.get());
            }
            Thread.sleep(100);
        }
    }
}
