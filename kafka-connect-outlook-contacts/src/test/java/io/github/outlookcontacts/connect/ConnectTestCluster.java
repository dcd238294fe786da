package io.github.outlookcontacts.connect;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import io.github.outlookcontacts.emulator.GraphEmulator;
import org.apache.kafka.connect.json.JsonConverter;
import org.apache.kafka.connect.storage.StringConverter;
import org.apache.kafka.connect.util.clusters.EmbeddedConnectCluster;

/**
 * The Graph emulator and Kafka's own embedded Connect cluster (a KRaft broker and in-JVM workers) that the connector
 * tests share, plus workers in child JVMs ({@link ChildConnectWorker}) that join the same cluster and can be killed.
 */
final class ConnectTestCluster implements AutoCloseable {

    static final String TOKEN = "connect-test-token";

    final GraphEmulator emulator;
    final EmbeddedConnectCluster connect;
    final boolean exactlyOnce;
    /** What every worker of the cluster runs with, in-JVM or child. */
    private final Map<String, String> workerProps;
    private final List<ChildConnectWorker> children = new ArrayList<>();

    private ConnectTestCluster(String name, int inJvmWorkers, boolean exactlyOnce) {
        this.exactlyOnce = exactlyOnce;
        this.emulator = GraphEmulator.builder().port(0).build().start();
        workerProps = new HashMap<>();
        workerProps.put("key.converter", StringConverter.class.getName());
        workerProps.put("value.converter", JsonConverter.class.getName());
        workerProps.put("value.converter.schemas.enable", "false");
        workerProps.put("offset.flush.interval.ms", "1000");
        workerProps.put("plugin.discovery", "service_load");
        // Named here (not left to the embedded cluster's defaults) so that child workers join the same cluster.
        workerProps.put("group.id", name);
        workerProps.put("config.storage.topic", name + "-configs");
        workerProps.put("offset.storage.topic", name + "-offsets");
        workerProps.put("status.storage.topic", name + "-status");
        // A worker that vanishes is noticed after session.timeout.ms (6 s: the broker's smallest by default); Connect
        // then waits scheduled.rebalance.max.delay.ms (default 5 minutes) for it to come back before it gives its
        // tasks to the others. One second keeps a takeover within the test's time.
        workerProps.put("session.timeout.ms", "6000");
        workerProps.put("heartbeat.interval.ms", "1500");
        workerProps.put("scheduled.rebalance.max.delay.ms", "1000");
        Properties broker = new Properties();
        if (exactlyOnce) {
            workerProps.put("exactly.once.source.support", "enabled");
            // One broker: the transaction state log must fit on it.
            broker.put("transaction.state.log.replication.factor", "1");
            broker.put("transaction.state.log.min.isr", "1");
            broker.put("transaction.state.log.num.partitions", "1");
        }
        connect = new EmbeddedConnectCluster.Builder().name(name).numWorkers(inJvmWorkers).workerProps(workerProps)
                .brokerProps(broker).build();
        connect.start();
        workerProps.put("bootstrap.servers", connect.kafka().bootstrapServers());
        for (String topic : List.of("config", "offset", "status")) {
            workerProps.put(topic + ".storage.replication.factor", "1");
        }
    }

    /** A cluster of {@code inJvmWorkers} workers in this JVM, with exactly-once source support or without. */
    static ConnectTestCluster start(String name, int inJvmWorkers, boolean exactlyOnce) {
        return new ConnectTestCluster(name, inJvmWorkers, exactlyOnce);
    }

    /** Starts workers in child JVMs (in parallel: each takes seconds) and waits until they are in the cluster. */
    List<ChildConnectWorker> startChildWorkers(int count) throws InterruptedException {
        List<ChildConnectWorker> started = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ChildConnectWorker child = ChildConnectWorker.start(connect.getName() + "-child-" + children.size(),
                    workerProps);
            children.add(child);
            started.add(child);
        }
        for (ChildConnectWorker child : started) {
            child.awaitHealthy(Duration.ofSeconds(120));
        }
        return started;
    }

    /** The Graph connection every connector of the tests uses: the emulator, a fixed token, JSON values. */
    Map<String, String> connection() {
        Map<String, String> config = new HashMap<>();
        config.put("graph.base.url", emulator.baseUrl());
        config.put("access.token", TOKEN);
        config.put("key.converter", StringConverter.class.getName());
        config.put("value.converter", JsonConverter.class.getName());
        config.put("value.converter.schemas.enable", "false");
        return config;
    }

    /** Everything committed to the topic so far (read_committed: what a consumer of an exactly-once topic sees). */
    TopicView read(String topic) {
        try {
            return new TopicView(connect.kafka().consumeAll(10_000, committed(), null, topic));
        } catch (Exception e) {
            throw new IllegalStateException("cannot read " + topic, e);
        }
    }

    /** Waits until the topic holds at least {@code count} committed records. */
    void awaitRecords(String topic, int count) {
        connect.kafka().consume(count, 60_000, committed(), topic);
    }

    /** The worker id ({@code host:port}) that the status topic gives for the connector's task. */
    String workerOf(String connector, int task) {
        return connect.connectorStatus(connector).tasks().stream().filter(t -> t.id() == task).findFirst()
                .orElseThrow(() -> new AssertionError(connector + " has no task " + task)).workerId();
    }

    private static Map<String, Object> committed() {
        return Map.of("isolation.level", "read_committed");
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

    @Override
    public void close() throws InterruptedException {
        for (ChildConnectWorker child : children) {
            child.close();
        }
        try {
            connect.stop();
        } finally {
            emulator.close();
        }
    }
}
