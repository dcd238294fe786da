package io.github.outlookcontacts.connect;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.outlookcontacts.emulator.GraphEmulator;
import io.github.outlookcontacts.emulator.store.ContactEntry;
import io.github.outlookcontacts.emulator.store.ContactStore;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.connect.util.clusters.EmbeddedConnectCluster;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import static io.github.outlookcontacts.connect.ConnectTestCluster.awaitTrue;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Both connectors on Kafka's own embedded Connect cluster (a KRaft broker and workers in this JVM, plus workers in
 * child JVMs for the kills) against the Graph emulator over loopback, at-least-once. One cluster for the whole class:
 * it takes most of the class's time to start.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConnectClusterTest {

    ConnectTestCluster cluster;
    GraphEmulator emulator;
    EmbeddedConnectCluster connect;

    @BeforeAll
    void start() {
        // One worker in this JVM to begin with: the source test adds two in child JVMs, to kill them.
        cluster = ConnectTestCluster.start("outlook-contacts-connect", 1, false);
        emulator = cluster.emulator;
        connect = cluster.connect;
    }

    @AfterAll
    void stop() throws InterruptedException {
        if (cluster != null) {
            cluster.close();
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
                send(producer, topic, "ext-" + i, WorkerKillScenario.contact("Person " + i, "person" + i + "@example.com"));
            }
            send(producer, topic, "bad-1", "{\"displayName\":\"X\",\"emailAdresses\":[]}");
            send(producer, topic, "ext-3", WorkerKillScenario.contact("Person 3 renamed", "person3@example.com"));
            send(producer, topic, "ext-4", null);
            send(producer, topic, "ext-5", WorkerKillScenario.contact("Person 5", "person5@example.com"));
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
    void sourceLosesNoChangeWhenWorkersAreKilledInTheFirstAndInAnIncrementalRound() throws Exception {
        WorkerKillScenario scenario = new WorkerKillScenario(cluster, "contacts");
        scenario.run();
        List<String> users = scenario.users();
        ContactStore store = emulator.store();
        var offsets = connect.connectorOffsets(WorkerKillScenario.CONNECTOR).offsets();
        int contacts = scenario.expected().size();
        long bytes = offsets.stream().mapToLong(o -> o.offset().toString().length()).sum();
        System.out.printf("source offsets: %d partitions, %d bytes of state for %d contacts (%.0f bytes per contact)%n",
                offsets.size(), bytes, contacts, (double) bytes / contacts);
        connect.deleteConnector(WorkerKillScenario.CONNECTOR);

        // The sink round-trips the topic into another mailbox: one contact per live source contact, same content.
        String mirror = "mirror@contoso.com";
        connect.configureConnector("mirror", sink("contacts", 2, mirror, "All"));
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

    /** A sink connector's configuration writing {@code topic} into the mailbox's folder (created here). */
    Map<String, String> sink(String topic, int tasks, String mailbox, String folder) {
        emulator.store().ensureFolderPath(mailbox, folder);
        Map<String, String> sink = cluster.connection();
        sink.put("connector.class", OutlookContactsSinkConnector.class.getName());
        sink.put("tasks.max", Integer.toString(tasks));
        sink.put("topics", topic);
        sink.put("mailbox", mailbox);
        sink.put("folder", folder);
        return sink;
    }

    static void send(KafkaProducer<byte[], byte[]> producer, String topic, String key, String value) throws Exception {
        producer.send(new ProducerRecord<>(topic, key.getBytes(StandardCharsets.UTF_8),
                value == null ? null : value.getBytes(StandardCharsets.UTF_8))).get();
    }

    Set<String> names(String user, String folderId) {
        return emulator.store().contacts(user, folderId).stream()
                .map(c -> c.properties().path("displayName").asText()).collect(Collectors.toSet());
    }
}
