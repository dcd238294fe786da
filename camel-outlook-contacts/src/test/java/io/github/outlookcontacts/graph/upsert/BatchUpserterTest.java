package io.github.outlookcontacts.graph.upsert;

import java.time.Duration;
import java.util.List;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.outlookcontacts.auth.StaticTokenProvider;
import io.github.outlookcontacts.emulator.GraphEmulator;
import io.github.outlookcontacts.emulator.http.Principal;
import io.github.outlookcontacts.emulator.store.ContactEntry;
import io.github.outlookcontacts.graph.GraphClientSettings;
import io.github.outlookcontacts.graph.GraphContactsClient;
import io.github.outlookcontacts.graph.GraphContactsClients;
import io.github.outlookcontacts.graph.GraphException;
import io.github.outlookcontacts.graph.Mailbox;
import io.github.outlookcontacts.graph.batch.BatchExecutor;
import io.github.outlookcontacts.graph.upsert.BatchUpserter.Action;
import io.github.outlookcontacts.graph.upsert.BatchUpserter.Result;
import io.github.outlookcontacts.graph.upsert.BatchUpserter.Write;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The upsert engine the producer's Collection upsert and the Kafka Connect sink share, against the emulator: every
 * action, repeated keys applied in order, and failures reported per write without stopping the others.
 */
class BatchUpserterTest {

    private static final String USER = Principal.DEFAULT_USER;
    private static final UpsertPlanner PLANNER = new UpsertPlanner(UpsertPlanner.DEFAULT_EXTERNAL_ID_PROPERTY);

    private GraphEmulator emulator;
    private GraphContactsClient client;
    private BatchUpserter upserter;

    @BeforeEach
    void start() {
        emulator = GraphEmulator.builder().port(0).build().start();
        client = GraphContactsClients.create(new GraphClientSettings(emulator.baseUrl(), true, 2,
                Duration.ofMillis(20), 4, Duration.ofSeconds(2), Duration.ofSeconds(10)),
                new StaticTokenProvider("emulator-token"));
        upserter = new BatchUpserter(new BatchExecutor(client, null, null), PLANNER, Mailbox.of(Mailbox.ME), null);
    }

    @AfterEach
    void stop() {
        client.close();
        emulator.close();
    }

    private static ObjectNode person(String name, String title) {
        ObjectNode contact = JsonNodeFactory.instance.objectNode().put("givenName", name).put("jobTitle", title);
        contact.putArray("emailAddresses").addObject().put("address", name.toLowerCase() + "@example.com");
        return contact;
    }

    private List<ContactEntry> folder() {
        return List.copyOf(emulator.store().contacts(USER, emulator.store().defaultFolderId(USER)));
    }

    @Test
    void repeatedKeysRunInInputOrderThroughEveryAction() {
        UpsertKey ann = UpsertKey.externalId("crm-ann");
        String annId = upserter.apply(List.of(Write.upsert(ann, person("Ann", "CEO")))).get(0).contactId();
        long batchesBefore = emulator.throttling().requestCount("POST", "$batch");

        List<Result> results = upserter.apply(List.of(
                Write.upsert(ann, person("Ann", "CEO")),
                Write.upsert(UpsertKey.externalId("crm-bo"), person("Bo", "CTO")),
                Write.upsert(ann, person("Ann", "CFO")),
                Write.delete(UpsertKey.externalId("crm-nobody")),
                Write.delete(ann)));

        assertThat(results).extracting(Result::action).containsExactly(Action.UNCHANGED, Action.CREATED,
                Action.UPDATED, Action.ABSENT, Action.DELETED);
        assertThat(results).allMatch(Result::isSuccess);
        assertThat(results.get(0).contactId()).isEqualTo(annId);
        assertThat(results.get(0).contact().path("jobTitle").asText()).isEqualTo("CEO");
        assertThat(results.get(2).contactId()).isEqualTo(annId);
        assertThat(results.get(2).before()).as("the changeKey the update started from").isNotBlank();
        assertThat(results.get(2).contact().path("jobTitle").asText()).isEqualTo("CFO");
        assertThat(results.get(4).contactId()).isEqualTo(annId);
        assertThat(folder()).extracting(ContactEntry::id).containsExactly(results.get(1).contactId());
        // Three waves (ann occurs three times), each one batch of lookups plus at most one batch of writes.
        assertThat(emulator.throttling().requestCount("POST", "$batch") - batchesBefore).isEqualTo(6);
    }

    @Test
    void anAmbiguousMatchOrARefusedWriteFailsOnlyItsOwnWrite() {
        upserter.apply(List.of(Write.upsert(UpsertKey.externalId("twin-1"), person("Twin", "A")),
                Write.upsert(UpsertKey.externalId("twin-2"), person("Twin", "B"))));
        ObjectNode badBirthday = person("Cy", "CIO").put("birthday", "not a date");

        List<Result> results = upserter.apply(List.of(
                Write.upsert(UpsertKey.email("TWIN@example.com"), person("Twin", "C")),
                Write.upsert(UpsertKey.externalId("crm-cy"), badBirthday),
                Write.upsert(UpsertKey.externalId("crm-di"), person("Di", "COO"))));

        assertThat(results.get(0).error()).isInstanceOf(AmbiguousMatchException.class);
        assertThat(((AmbiguousMatchException) results.get(0).error()).getContactIds()).hasSize(2);
        assertThat(results.get(1).action()).isEqualTo(Action.CREATED);
        assertThat(results.get(1).error()).isInstanceOf(GraphException.class);
        assertThat(((GraphException) results.get(1).error()).getStatus()).isEqualTo(400);
        assertThat(results.get(2).action()).isEqualTo(Action.CREATED);
        assertThat(results.get(2).isSuccess()).isTrue();
        assertThat(folder()).extracting(ContactEntry::id).contains(results.get(2).contactId()).hasSize(3);
    }
}
