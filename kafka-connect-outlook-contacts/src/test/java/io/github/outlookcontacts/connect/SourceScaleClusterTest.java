package io.github.outlookcontacts.connect;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.github.outlookcontacts.emulator.GraphEmulator;
import io.github.outlookcontacts.emulator.store.ContactEntry;
import io.github.outlookcontacts.emulator.store.ContactStore;
import org.apache.kafka.connect.json.JsonConverter;
import org.apache.kafka.connect.util.clusters.EmbeddedConnectCluster;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import static io.github.outlookcontacts.connect.ConnectTestCluster.awaitTrue;
import static io.github.outlookcontacts.connect.WorkerKillScenario.contact;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The source connector's scale features on an embedded Connect cluster (one worker; the offsets topic as Connect
 * creates it, with the broker's default 1 MiB message limit) against the emulator: a 20,000-contact folder, whose
 * state (about 2.6 MB) must be split into chunks, and the users of an Entra group spread over two tasks, with a
 * Connect schema on the values.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SourceScaleClusterTest {

    private static final String USER = "large@contoso.com";
    private static final int CONTACTS = 20_000;
    private static final String TOPIC = "large-contacts";

    private ConnectTestCluster cluster;
    private GraphEmulator emulator;
    private EmbeddedConnectCluster connect;

    @BeforeAll
    void start() {
        cluster = ConnectTestCluster.start("outlook-contacts-large", 1, false);
        emulator = cluster.emulator;
        connect = cluster.connect;
    }

    @AfterAll
    void stop() throws InterruptedException {
        if (cluster != null) {
            cluster.close();
        }
    }

    /**
     * The folder is synced, the connector stopped and resumed from its committed offsets, an incremental round tells
     * updates from creates, and a forced 410 resync reports the vanished contacts as tombstones.
     */
    @Test
    void aFolderOfTwentyThousandContactsSurvivesARestartAnIncrementalRoundAndAResync() throws Exception {
        ContactStore store = emulator.store();
        String folderId = store.bulkGenerate(USER, "Big", CONTACTS, 42);
        connect.kafka().createTopic(TOPIC, 1);
        connect.kafka().createTopic("outlook-contacts-heartbeats", 1, 1, Map.of("cleanup.policy", "compact"));
        Map<String, String> source = new HashMap<>();
        source.put("connector.class", OutlookContactsSourceConnector.class.getName());
        source.put("tasks.max", "1");
        source.put("topic", TOPIC);
        source.put("mailboxes", USER);
        source.put("folders", "Big");
        source.put("page.size", "200");
        source.put("poll.interval.ms", "300");
        source.put("graph.base.url", emulator.baseUrl());
        source.put("access.token", "large-test-token");
        long started = System.nanoTime();
        connect.configureConnector("large", source);
        connect.kafka().consume(CONTACTS, 180_000, TOPIC);
        System.out.printf("large folder: %d contacts synced in %d ms%n", CONTACTS,
                (System.nanoTime() - started) / 1_000_000);
        assertThat(topic().compacted().keySet()).isEqualTo(ids(folderId));

        // Stop: Connect commits the offsets; then measure them. No offset record comes near the 1 MiB limit.
        Thread.sleep(1_000);
        connect.stopConnector("large");
        connect.assertions().assertConnectorIsStopped("large", "not stopped");
        Map<String, Integer> offsets = committedOffsetSizes();
        long total = offsets.values().stream().mapToLong(Integer::longValue).sum();
        long largest = offsets.values().stream().mapToLong(Integer::longValue).max().orElse(0);
        System.out.printf("large folder offsets: %d partitions, %d bytes in all (%.0f per contact), largest record %d"
                + " bytes (the broker's limit: 1,048,588)%n", offsets.size(), total, (double) total / CONTACTS, largest);
        assertThat(offsets.size()).isGreaterThan(1);
        assertThat(largest).isLessThan(OffsetCursorStore.MAX_OFFSET_BYTES);
        assertThat(total).isGreaterThan(1_048_588L);

        // Resumed from the committed offsets: the known contacts came back, so an update is an update.
        List<ContactEntry> contacts = new ArrayList<>(store.contacts(USER, folderId));
        Set<String> updated = new HashSet<>();
        Set<String> deleted = new HashSet<>();
        for (int i = 0; i < 10; i++) {
            store.updateContact(USER, contacts.get(i).id(), "{\"jobTitle\":\"After the restart\"}");
            updated.add(contacts.get(i).id());
            store.deleteContact(USER, contacts.get(100 + i).id());
            deleted.add(contacts.get(100 + i).id());
            store.createContact(USER, folderId, contact("New " + i, "new" + i + "@example.com"));
        }
        int before = topic().changes.size();
        connect.resumeConnector("large");
        awaitTrue(Duration.ofSeconds(60), () -> topic().compacted().keySet().equals(ids(folderId)),
                () -> "incremental round incomplete; " + connect.connectorStatus("large").tasks());
        List<TopicView.Change> round = topic().changes.subList(before, topic().changes.size());
        assertThat(round).hasSize(30);
        assertThat(round).filteredOn(c -> updated.contains(c.contactId())).extracting(TopicView.Change::type)
                .containsOnly("updated").hasSize(10);
        assertThat(round).filteredOn(c -> deleted.contains(c.contactId())).extracting(TopicView.Change::type)
                .containsOnly("deleted").hasSize(10);
        assertThat(round).filteredOn(c -> "created".equals(c.type())).hasSize(10);

        // A forced resync (the delta token expired) with contacts gone meanwhile: tombstones for exactly those.
        connect.pauseConnector("large");
        connect.assertions().assertConnectorAndExactlyNumTasksArePaused("large", 1, "not paused");
        Thread.sleep(500);
        store.expireDeltaTokens();
        Set<String> vanished = new HashSet<>();
        contacts = new ArrayList<>(store.contacts(USER, folderId));
        for (int i = 0; i < 25; i++) {
            String id = contacts.get(1_000 + i * 500).id();
            store.deleteContact(USER, id);
            vanished.add(id);
        }
        before = topic().changes.size();
        connect.resumeConnector("large");
        awaitTrue(Duration.ofSeconds(120), () -> topic().compacted().keySet().equals(ids(folderId)),
                () -> "resync incomplete: " + topic().compacted().size() + " live in the topic; "
                      + connect.connectorStatus("large").tasks());
        List<TopicView.Change> resync = topic().changes.subList(before, topic().changes.size());
        assertThat(resync).filteredOn(c -> c.value() == null).extracting(TopicView.Change::contactId)
                .containsExactlyInAnyOrderElementsOf(vanished);
        // The resync only reports differences: nothing else was written.
        assertThat(resync).hasSize(vanished.size());
        connect.deleteConnector("large");
    }

    /**
     * Three users of a group (plus a device) over two tasks, values as Structs through JsonConverter with schemas;
     * a fourth user joins the group and the connector's reconfiguration brings their contacts in.
     */
    @Test
    void theUsersOfAGroupAreSpreadOverTwoTasksAndAJoinerIsSyncedAfterTheRefresh() throws Exception {
        ContactStore store = emulator.store();
        String group = "0b5e8d2a-7c41-4f0e-a1d3-5a9c000000aa";
        List<String> users = List.of("g1@contoso.com", "g2@contoso.com", "g3@contoso.com");
        users.forEach(user -> store.seed(user, "", 4, user.hashCode()));
        store.createGroup(group, users.toArray(String[]::new));
        store.groups().add(group, new io.github.outlookcontacts.emulator.store.DirectoryGroups.Member(
                "#microsoft.graph.device", "0b5e8d2a-7c41-4f0e-a1d3-5a9c000000dd", null));
        String topic = "group-contacts";
        connect.kafka().createTopic(topic, 1);
        connect.kafka().createTopic("group-heartbeats", 1, 1, Map.of("cleanup.policy", "compact"));
        Map<String, String> source = new HashMap<>();
        source.put("connector.class", OutlookContactsSourceConnector.class.getName());
        source.put("tasks.max", "2");
        source.put("topic", topic);
        source.put("heartbeat.topic", "group-heartbeats");
        source.put("mailboxes.group.id", group);
        source.put("mailboxes.group.refresh.ms", "1000");
        source.put("poll.interval.ms", "300");
        source.put("value.schema.enable", "true");
        source.put("value.converter", JsonConverter.class.getName());
        source.put("value.converter.schemas.enable", "true");
        source.put("graph.base.url", emulator.baseUrl());
        source.put("access.token", "group-test-token");
        connect.configureConnector("group", source);
        connect.assertions().assertConnectorAndExactlyNumTasksAreRunning("group", 2, "group source did not start");
        var first = connect.kafka().consume(12, 60_000, topic);
        Set<String> mailboxes = new HashSet<>();
        for (var r : first) {
            String json = new String(r.value(), StandardCharsets.UTF_8);
            assertThat(json).contains("\"schema\"", "io.github.outlookcontacts.Contact", "\"payload\"");
            mailboxes.add(new String(r.headers().lastHeader(ContactRecords.MAILBOX_HEADER).value(),
                    StandardCharsets.UTF_8));
        }
        Set<String> ids = new HashSet<>();
        users.forEach(u -> ids.add(store.mailbox(u).userId()));
        assertThat(mailboxes).as("synced under the users' object ids").isEqualTo(ids);

        String joiner = "g4@contoso.com";
        String joinerFolder = store.defaultFolderId(joiner);
        store.seed(joiner, "", 3, 4);
        store.addGroupMember(group, joiner);
        awaitTrue(Duration.ofSeconds(60), () -> headers(topic).contains(store.mailbox(joiner).userId()),
                () -> "the joiner's contacts did not arrive; " + connect.connectorStatus("group").tasks());
        // A delete is still a tombstone: null bytes, not an envelope with a null payload.
        String gone = store.contacts(joiner, joinerFolder).iterator().next().id();
        store.deleteContact(joiner, gone);
        awaitTrue(Duration.ofSeconds(30), () -> tombstones(topic).contains(gone), () -> "no tombstone for " + gone);
        connect.deleteConnector("group");
    }

    private Set<String> headers(String topic) {
        Set<String> mailboxes = new HashSet<>();
        try {
            connect.kafka().consumeAll(10_000, topic).forEach(r -> mailboxes.add(new String(
                    r.headers().lastHeader(ContactRecords.MAILBOX_HEADER).value(), StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return mailboxes;
    }

    private Set<String> tombstones(String topic) {
        Set<String> keys = new HashSet<>();
        try {
            connect.kafka().consumeAll(10_000, topic).forEach(r -> {
                if (r.value() == null) {
                    keys.add(new String(r.key(), StandardCharsets.UTF_8));
                }
            });
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return keys;
    }

    /** The latest offset record per key on Connect's offsets topic: value sizes in bytes (tombstones dropped). */
    private Map<String, Integer> committedOffsetSizes() throws Exception {
        Map<String, Integer> sizes = new HashMap<>();
        for (var r : connect.kafka().consumeAll(20_000, "outlook-contacts-large-offsets")) {
            String key = new String(r.key(), StandardCharsets.UTF_8);
            if (r.value() == null) {
                sizes.remove(key);
            } else {
                sizes.put(key, r.value().length);
            }
        }
        return sizes;
    }

    private Set<String> ids(String folderId) {
        Set<String> ids = new HashSet<>();
        emulator.store().contacts(USER, folderId).forEach(c -> ids.add(c.id()));
        return ids;
    }

    private TopicView topic() {
        try {
            return new TopicView(connect.kafka().consumeAll(20_000, TOPIC));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
