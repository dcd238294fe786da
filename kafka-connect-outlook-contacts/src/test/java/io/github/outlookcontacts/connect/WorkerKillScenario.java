package io.github.outlookcontacts.connect;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import io.github.outlookcontacts.emulator.store.ChangeType;
import io.github.outlookcontacts.emulator.store.ContactEntry;
import io.github.outlookcontacts.emulator.store.ContactStore;
import io.github.outlookcontacts.emulator.store.JournalEntry;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 15's proof on a real crash: 3 workers (one in this JVM, two in child JVMs), the source connector with 2 tasks
 * over 6 mailboxes; the child running a task is killed with SIGKILL in the middle of the first round, and the other
 * child, which then runs a task, in the middle of an incremental round while the mailboxes keep changing. Afterwards
 * every change of the emulator's journal is in the topic and the compacted topic equals the emulator's folders.
 */
final class WorkerKillScenario {

    static final String CONNECTOR = "source";
    private static final int MAILBOXES = 6;
    private static final int CONTACTS = 40;

    /** What a run measured. */
    record Outcome(int journalChanges, int records, int duplicates, Duration firstTakeover, Duration secondTakeover) {
    }

    private final ConnectTestCluster cluster;
    private final ContactStore store;
    private final String topic;
    private final List<String> users;

    WorkerKillScenario(ConnectTestCluster cluster, String topic) {
        this.cluster = cluster;
        this.store = cluster.emulator.store();
        this.topic = topic;
        this.users = IntStream.rangeClosed(1, MAILBOXES).mapToObj(i -> topic + "-user" + i + "@contoso.com").toList();
    }

    List<String> users() {
        return users;
    }

    /** Runs the scenario on a cluster of one in-JVM worker; prints the outcome as one line. */
    Outcome run() throws Exception {
        cluster.connect.kafka().createTopic(topic, 3);
        cluster.connect.kafka().createTopic("outlook-contacts-heartbeats", 1, 1, Map.of("cleanup.policy", "compact"));
        users.forEach(user -> store.seed(user, "Sync", CONTACTS, user.hashCode()));
        // With 3 workers and 2 tasks, Connect's balanced assignment gives the in-JVM worker at most one task, so a
        // child runs one; when it dies, its task goes to the worker with the fewest tasks, which leaves a task on a
        // child for the second kill.
        List<ChildConnectWorker> children = cluster.startChildWorkers(2);
        // Slow delta pages down so that a kill lands while a round is under way.
        cluster.emulator.faults().latency(Duration.ofMillis(100)).onlyPathsContaining("/delta");
        cluster.connect.configureConnector(CONNECTOR, sourceConfig());
        cluster.connect.assertions().assertConnectorAndExactlyNumTasksAreRunning(CONNECTOR, 2, "source did not start");

        cluster.awaitRecords(topic, 60);
        assertThat(cluster.read(topic).compacted()).as("the first kill lands in the middle of the first round")
                .hasSizeLessThan(MAILBOXES * CONTACTS);
        Duration firstTakeover = killChildRunningATask(children);
        awaitSameAsEmulator("first round");

        // A third worker again for the incremental round: in this JVM, so that the killed child's successor is not
        // the one that takes over next.
        cluster.connect.addWorker();
        long journalBefore = store.journal().lastSeq();
        Queue<Runnable> laterChanges = changeEveryMailbox();
        int before = cluster.read(topic).changes.size();
        ScheduledExecutorService changer = Executors.newSingleThreadScheduledExecutor();
        changer.scheduleWithFixedDelay(() -> {
            Runnable change = laterChanges.poll();
            if (change != null) {
                change.run();
            }
        }, 0, 100, TimeUnit.MILLISECONDS);
        Duration secondTakeover;
        try {
            cluster.awaitRecords(topic, before + 40);
            secondTakeover = killChildRunningATask(children);
        } finally {
            changer.shutdownNow();
            changer.awaitTermination(10, TimeUnit.SECONDS);
        }
        awaitSameAsEmulator("incremental round");

        TopicView view = cluster.read(topic);
        Map<String, Set<String>> seen = view.seenStates();
        List<JournalEntry> journal = store.journal().entries(e -> users.contains(e.mailbox()));
        for (JournalEntry entry : journal) {
            String expected = entry.type() == ChangeType.DELETED ? "deleted" : entry.changeKey();
            assertThat(seen.getOrDefault(entry.contactId(), Set.of())).as("journal entry " + entry.seq())
                    .contains(expected);
        }
        assertThat(view.compacted().keySet()).isEqualTo(expected().keySet());
        Outcome outcome = new Outcome(journal.size(), view.changes.size(), view.duplicates(), firstTakeover,
                secondTakeover);
        System.out.printf("Kafka Connect source%s, 3 workers, 2 tasks, %d mailboxes, a worker killed (SIGKILL) in the"
                + " first round and one in an incremental round: %d journal changes (%d after the first round), %d"
                + " records, %d duplicates; takeovers %.1f s and %.1f s%n", cluster.exactlyOnce ? " (exactly-once)" : "",
                MAILBOXES, outcome.journalChanges(), store.journal().since(journalBefore).size(), outcome.records(),
                outcome.duplicates(), firstTakeover.toMillis() / 1000.0, secondTakeover.toMillis() / 1000.0);
        cluster.emulator.faults().reset();
        return outcome;
    }

    private Map<String, String> sourceConfig() {
        Map<String, String> source = cluster.connection();
        source.put("connector.class", OutlookContactsSourceConnector.class.getName());
        if (cluster.exactlyOnce) {
            source.put("exactly.once.support", "required");
        }
        source.put("tasks.max", "2");
        source.put("topic", topic);
        source.put("mailboxes", String.join(",", users));
        source.put("folders", "Sync");
        source.put("page.size", "5");
        source.put("poll.interval.ms", "300");
        return source;
    }

    /**
     * Kills the child worker that runs a task and waits until another worker runs that task.
     *
     * @return the takeover time: from the kill until the task runs again
     */
    private Duration killChildRunningATask(List<ChildConnectWorker> children) throws Exception {
        Map<Integer, ChildConnectWorker> byTask = new HashMap<>();
        for (int task = 0; task < 2; task++) {
            String worker = cluster.workerOf(CONNECTOR, task);
            int t = task;
            children.stream().filter(c -> c.is(worker)).findFirst().ifPresent(c -> byTask.put(t, c));
        }
        assertThat(byTask).as("a task on a child worker; status " + status()).isNotEmpty();
        Map.Entry<Integer, ChildConnectWorker> victim = byTask.entrySet().iterator().next();
        int task = victim.getKey();
        ChildConnectWorker child = victim.getValue();
        children.remove(child);
        long killed = System.nanoTime();
        child.kill();
        ConnectTestCluster.awaitTrue(Duration.ofSeconds(90), () -> {
            var state = cluster.connect.connectorStatus(CONNECTOR).tasks().stream().filter(t -> t.id() == task)
                    .findFirst().orElseThrow();
            return "RUNNING".equals(state.state()) && !child.is(state.workerId());
        }, () -> "task " + task + " not taken over from " + child.name() + "; status " + status());
        return Duration.ofNanos(System.nanoTime() - killed);
    }

    /**
     * Changes every mailbox now (10 updates, 5 deletes, 5 creates each) and returns more changes for later, one per
     * contact that nothing else touches: delta queries report a contact's latest state, so a contact changed twice
     * between two pages would leave its first change out of the topic legitimately.
     */
    private Queue<Runnable> changeEveryMailbox() {
        Queue<Runnable> later = new ArrayDeque<>();
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
                store.createContact(user, folderId, contact("New " + i + " " + user, "new" + i + "." + user));
            }
            for (int i = 15; i < CONTACTS; i++) {
                String id = contacts.get(i).id();
                later.add(i % 3 == 0 ? () -> store.deleteContact(user, id)
                        : () -> store.updateContact(user, id, "{\"jobTitle\":\"Meanwhile\"}"));
            }
        }
        return later;
    }

    private void awaitSameAsEmulator(String round) throws InterruptedException {
        ConnectTestCluster.awaitTrue(Duration.ofSeconds(90), () -> expected().equals(actual()),
                () -> round + " incomplete: " + describe());
    }

    /** Each contact of the emulator's folders at its latest changeKey. */
    Map<String, String> expected() {
        Map<String, String> expected = new HashMap<>();
        for (String user : users) {
            String folderId = store.folderIdByPath(user, "Sync");
            store.contacts(user, folderId).forEach(c -> expected.put(c.id(), c.changeKey()));
        }
        return expected;
    }

    /** The compacted topic: each contact at its latest changeKey. */
    private Map<String, String> actual() {
        Map<String, String> actual = new HashMap<>();
        cluster.read(topic).compacted().forEach((id, value) -> actual.put(id, value.path("changeKey").asText()));
        return actual;
    }

    private String describe() {
        Map<String, String> expected = expected();
        Map<String, String> actual = actual();
        long missing = expected.keySet().stream().filter(k -> !expected.get(k).equals(actual.get(k))).count();
        long extra = actual.keySet().stream().filter(k -> !expected.containsKey(k)).count();
        return missing + " of " + expected.size() + " contacts missing or stale, " + extra + " extra; status "
               + status();
    }

    private List<String> status() {
        return cluster.connect.connectorStatus(CONNECTOR).tasks().stream()
                .map(t -> t.id() + ":" + t.state() + "@" + t.workerId()).toList();
    }

    static String contact(String name, String email) {
        return "{\"displayName\":\"" + name + "\",\"givenName\":\"" + name.split(" ")[0] + "\","
               + "\"emailAddresses\":[{\"address\":\"" + email + "\",\"name\":\"" + name + "\"}]}";
    }
}
