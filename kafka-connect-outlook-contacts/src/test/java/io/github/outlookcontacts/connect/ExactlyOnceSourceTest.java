package io.github.outlookcontacts.connect;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.IntStream;

import io.github.outlookcontacts.emulator.GraphEmulator;
import io.github.outlookcontacts.emulator.store.ContactStore;
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
 * The source connector on workers with {@code exactly.once.source.support=enabled}: each poll (one page and the
 * offset after it) is one transaction, so a worker leaving in the middle of a round writes no page twice.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExactlyOnceSourceTest {

    private GraphEmulator emulator;
    private EmbeddedConnectCluster connect;

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
        worker.put("exactly.once.source.support", "enabled");
        // One broker: the transaction state log must fit on it.
        Properties broker = new Properties();
        broker.put("transaction.state.log.replication.factor", "1");
        broker.put("transaction.state.log.min.isr", "1");
        broker.put("transaction.state.log.num.partitions", "1");
        connect = new EmbeddedConnectCluster.Builder().name("outlook-contacts-eos").numWorkers(2)
                .workerProps(worker).brokerProps(broker).build();
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
    void aWorkerLeavingInTheMiddleOfARoundWritesNoPageTwice() throws Exception {
        String topic = "contacts-eos";
        connect.kafka().createTopic(topic, 2);
        connect.kafka().createTopic("outlook-contacts-heartbeats", 1, 1, Map.of("cleanup.policy", "compact"));
        List<String> users = IntStream.rangeClosed(1, 4).mapToObj(i -> "eos" + i + "@contoso.com").toList();
        ContactStore store = emulator.store();
        users.forEach(user -> store.seed(user, "Sync", 30, user.hashCode()));
        emulator.faults().latency(Duration.ofMillis(40)).onlyPathsContaining("/delta");
        Map<String, String> source = new HashMap<>();
        source.put("connector.class", OutlookContactsSourceConnector.class.getName());
        source.put("exactly.once.support", "required");
        source.put("tasks.max", "2");
        source.put("topic", topic);
        source.put("mailboxes", String.join(",", users));
        source.put("folders", "Sync");
        source.put("page.size", "5");
        source.put("poll.interval.ms", "300");
        source.put("graph.base.url", emulator.baseUrl());
        source.put("access.token", "t");
        connect.configureConnector("eos", source);
        connect.assertions().assertConnectorAndExactlyNumTasksAreRunning("eos", 2, "eos source did not start");

        connect.kafka().consume(30, 60_000, committed(), topic);
        String workerId = connect.connectorStatus("eos").tasks().get(0).workerId();
        WorkerHandle worker = connect.workers().stream().filter(w -> workerId.endsWith(":" + w.url().getPort()))
                .findFirst().orElseThrow();
        connect.removeWorker(worker);

        int expected = users.size() * 30;
        ConnectClusterTest.awaitTrue(Duration.ofSeconds(90), () -> read(topic).compacted().size() == expected,
                () -> read(topic).compacted().size() + " of " + expected + " contacts in the topic");
        TopicView view = read(topic);
        assertThat(view.compacted()).hasSize(expected);
        System.out.printf("Kafka Connect source with exactly-once: %d contacts, %d records, %d duplicates after a"
                + " worker left mid-round%n", expected, view.changes.size(), view.duplicates());
        assertThat(view.duplicates()).isZero();
    }

    private TopicView read(String topic) {
        try {
            return new TopicView(connect.kafka().consumeAll(10_000, committed(), null, topic));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Object> committed() {
        return Map.of("isolation.level", "read_committed");
    }
}
