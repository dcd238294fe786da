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
        emulator.store().ensureFolderPath(target, "Imported");
        Map<String, String> sink = connection();
        sink.put("connector.class", OutlookContactsSinkConnector.class.getName());
        sink.put("tasks.max", "1");
        sink.put("topics", topic);
        sink.put("mailbox", target);
        sink.put("folder", "Imported");
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

    // --- helpers ---

    Map<String, String> connection() {
        Map<String, String> config = new HashMap<>();
        config.put("graph.base.url", emulator.baseUrl());
        config.put("access.token", TOKEN);
        config.put("key.converter", StringConverter.class.getName());
        config.put("value.converter", JsonConverter.class.getName());
        config.put("value.converter.schemas.enable", "false");
        return config;
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
