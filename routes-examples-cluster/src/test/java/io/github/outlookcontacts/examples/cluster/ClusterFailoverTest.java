package io.github.outlookcontacts.examples.cluster;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import io.github.outlookcontacts.emulator.GraphEmulator;
import io.github.outlookcontacts.emulator.store.ContactEntry;
import io.github.outlookcontacts.emulator.store.ContactStore;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.apache.curator.test.InstanceSpec;
import org.apache.curator.test.TestingServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Three Camel nodes in child JVMs share ten mailbox routes through ZooKeeper (Curator's in-JVM server) with the
 * cursor in a real PostgreSQL. While the emulator applies random creates, updates and deletes, the node active for
 * a route is killed with SIGKILL: another node must take the route within the poll interval plus the session
 * timeout, and at the end every mailbox's change log, applied in order, equals the emulator's folder.
 */
class ClusterFailoverTest {

    private static final int MAILBOXES = 10;
    private static final int NODES = 3;
    private static final long SESSION_TIMEOUT_MS = 4000;
    private static final long DELAY_MS = 300;

    /** Under target/, so the nodes' logs are there to read when the test fails. */
    private final Path work = Paths.get("target", "cluster-failover-" + System.currentTimeMillis());
    private EmbeddedPostgres postgres;
    private TestingServer zookeeper;
    private GraphEmulator emulator;
    private ContactStore store;
    private final Map<String, Process> nodes = new LinkedHashMap<>();
    private final List<String> users = new ArrayList<>();
    private final Random random = new Random(42);

    @BeforeEach
    void startServices() throws Exception {
        Files.createDirectories(work);
        postgres = EmbeddedPostgres.start();
        // A short tick lets ZooKeeper accept a 4 s session timeout (its minimum is two ticks).
        zookeeper = new TestingServer(new InstanceSpec(null, -1, -1, -1, true, -1, 500, -1), true);
        emulator = GraphEmulator.builder().port(0).build().start();
        store = emulator.store();
        for (int m = 0; m < MAILBOXES; m++) {
            String user = "mailbox" + m + "@contoso.example";
            users.add(user);
            store.mailbox(user);
            for (int i = 0; i < 20; i++) {
                create(user, "Seed" + i);
            }
        }
    }

    @AfterEach
    void stopServices() throws Exception {
        for (Process process : nodes.values()) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        emulator.close();
        zookeeper.close();
        postgres.close();
    }

    @Test
    void killingTheActiveNodeLosesNoChange() throws Exception {
        for (int n = 0; n < NODES; n++) {
            startNode("n" + n);
        }
        awaitSinksMatchEmulator(Duration.ofSeconds(90));

        String victimMailbox = users.get(0);
        String victim = lastWriter(victimMailbox);
        assertThat(victim).as("a node is active for " + victimMailbox).isNotNull();
        applyRandomChanges(60);
        Process killed = nodes.remove(victim);
        killed.destroyForcibly(); // SIGKILL: no shutdown hook, no ZooKeeper goodbye
        assertThat(killed.waitFor(10, TimeUnit.SECONDS)).isTrue();
        long killedAt = System.nanoTime();
        applyRandomChanges(60);

        // Another node takes the victim's routes within the session timeout plus a poll interval (plus start-up).
        ContactEntry probe = create(victimMailbox, "AfterKill");
        awaitLine(victimMailbox, probe.id(), Duration.ofMillis(SESSION_TIMEOUT_MS + DELAY_MS + 20_000));
        long takeoverMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - killedAt);
        String successor = lastWriter(victimMailbox);
        assertThat(successor).isNotEqualTo(victim);

        awaitSinksMatchEmulator(Duration.ofSeconds(90));
        long lines = 0;
        long distinct = 0;
        for (String user : users) {
            List<String[]> log = read(user);
            lines += log.size();
            distinct += log.stream().map(l -> l[1] + " " + l[2] + " " + l[3]).distinct().count();
        }
        System.out.printf("cluster failover: %s killed, %s took over %s in %d ms; %d changes delivered, %d"
                          + " re-deliveries%n", victim, successor, victimMailbox, takeoverMillis, lines,
                lines - distinct);
    }

    private void startNode(String id) throws IOException {
        String javaBin = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> command = List.of(javaBin, "-Xmx256m",
                "-Dlog4j2.configurationFile=log4j2.properties", "-cp", classpath, ClusteredSyncNode.class.getName(),
                "--node", id, "--zookeeper", zookeeper.getConnectString(),
                "--session-timeout", String.valueOf(SESSION_TIMEOUT_MS),
                "--jdbc-url", postgres.getJdbcUrl("postgres", "postgres"),
                "--base-url", emulator.baseUrl(), "--access-token", "cluster-test-token",
                "--mailboxes", String.join(",", users), "--sink", work.resolve("sink").toString(),
                "--delay", String.valueOf(DELAY_MS));
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(work.resolve(id + ".log").toFile())).start();
        nodes.put(id, process);
    }

    private ContactEntry create(String user, String name) {
        return store.createContact(user, store.defaultFolderId(user),
                "{\"givenName\":\"" + name + "\",\"surname\":\"Cluster\"}");
    }

    private void applyRandomChanges(int count) throws InterruptedException {
        for (int i = 0; i < count; i++) {
            String user = users.get(random.nextInt(users.size()));
            List<ContactEntry> contacts = new ArrayList<>(store.contacts(user, store.defaultFolderId(user)));
            int dice = random.nextInt(10);
            if (contacts.isEmpty() || dice < 4) {
                create(user, "New" + i);
            } else if (dice < 8) {
                store.updateContact(user, contacts.get(random.nextInt(contacts.size())).id(),
                        "{\"jobTitle\":\"Title " + i + "\"}");
            } else {
                store.deleteContact(user, contacts.get(random.nextInt(contacts.size())).id());
            }
            Thread.sleep(20);
        }
    }

    /** The mailbox's change log applied in order: id to changeKey. */
    private Map<String, String> sinkView(String user) throws IOException {
        Map<String, String> view = new HashMap<>();
        for (String[] line : read(user)) {
            if (line[1].equals("deleted")) {
                view.remove(line[2]);
            } else {
                view.put(line[2], line[3]);
            }
        }
        return view;
    }

    private Map<String, String> emulatorView(String user) {
        Map<String, String> view = new HashMap<>();
        for (ContactEntry entry : store.contacts(user, store.defaultFolderId(user))) {
            view.put(entry.id(), entry.changeKey());
        }
        return view;
    }

    private List<String[]> read(String user) throws IOException {
        Path file = work.resolve("sink").resolve(ChangeLogSink.fileName(user) + ".log");
        List<String[]> lines = new ArrayList<>();
        if (Files.exists(file)) {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                lines.add(line.split("\t", -1));
            }
        }
        return lines;
    }

    private String lastWriter(String user) throws IOException {
        List<String[]> lines = read(user);
        return lines.isEmpty() ? null : lines.get(lines.size() - 1)[0];
    }

    private void awaitLine(String user, String contactId, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (read(user).stream().noneMatch(l -> l[2].equals(contactId))) {
            assertThat(System.nanoTime()).as("no node delivered " + contactId + " of " + user + " in " + timeout
                                             + "; node logs in " + work).isLessThan(deadline);
            Thread.sleep(100);
        }
    }

    private void awaitSinksMatchEmulator(Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        for (String user : users) {
            while (!sinkView(user).equals(emulatorView(user))) {
                assertThat(System.nanoTime()).as(user + ": sink " + sinkView(user).size() + " contacts, emulator "
                                                 + emulatorView(user).size() + "; node logs in " + work)
                        .isLessThan(deadline);
                Thread.sleep(100);
            }
        }
    }
}
