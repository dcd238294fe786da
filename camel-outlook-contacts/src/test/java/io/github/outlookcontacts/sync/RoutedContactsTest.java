package io.github.outlookcontacts.sync;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import io.github.outlookcontacts.graph.Mailbox;
import io.github.outlookcontacts.sync.ScriptedDeltaClient.Removed;
import org.junit.jupiter.api.Test;

import static io.github.outlookcontacts.sync.ScriptedDeltaClient.contact;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A contact handed to the route in a batch that is never committed (given up, or the JVM died) and then deleted is
 * still delivered as deleted, although reading the page again no longer shows it; an {@code @removed} of an id never
 * routed stays silent; and the set of such ids is emptied once their pages are committed.
 */
class RoutedContactsTest {

    private static final String ROUTED = "outlook-contacts/me/default/routed";

    private final ScriptedDeltaClient graph = new ScriptedDeltaClient();
    private final MapCursorStore store = new MapCursorStore();
    private final List<String> emitted = new ArrayList<>();

    private DeltaSyncEngine engine() {
        return new DeltaSyncEngine(graph, store, new SyncSettings(Mailbox.of("me"), null, null, 2, false,
                EnumSet.allOf(ChangeType.class), false));
    }

    /** Batch after batch until the round is read; a refused change gives its batch up (nothing confirmed). */
    private boolean poll(DeltaSyncEngine engine, Predicate<String> refuses) {
        while (true) {
            Optional<ChangeBatch> next = engine.next();
            if (next.isEmpty()) {
                return true;
            }
            for (ContactChange change : next.get().changes()) {
                emitted.add(change.type().value() + " " + change.contactId());
                if (refuses.test(change.contactId())) {
                    engine.rewind(next.get(), 0);
                    return false;
                }
            }
            engine.commit(next.get());
        }
    }

    private boolean poll(DeltaSyncEngine engine) {
        return poll(engine, id -> false);
    }

    @Test
    void aContactRoutedInABatchThatWasGivenUpAndThenDeletedIsDeleted() {
        graph.page(null, "n1", null, contact("a", "1"), contact("b", "1"))
                .page("n1", null, "d1", contact("c", "1"));
        DeltaSyncEngine engine = engine();
        assertThat(poll(engine, "b"::equals)).isFalse(); // a and b were routed, the page is not committed
        // a leaves the folder meanwhile: the page read again no longer has it; a lookup at the round's end still
        // finds it (Graph has not caught up), and the next round reports its removal.
        graph.page(null, "n1", null, contact("b", "1"))
                .page("d1", null, "d2", new Removed("a", "deleted"), new Removed("never-routed", "deleted"));
        graph.alive.put("a", ScriptedDeltaClient.FOLDER);
        assertThat(poll(engine)).isTrue();
        assertThat(emitted).containsExactly("created a", "created b", "created b", "created c");
        assertThat(graph.requested).contains("GET a");
        assertThat(poll(engine)).isTrue();
        assertThat(emitted).containsExactly("created a", "created b", "created b", "created c", "deleted a");
        assertThat(store.get(ROUTED)).as("nothing routed is left unsettled").isNull();
        graph.page("d2", null, "d3", new Removed("a", "deleted")); // a replay: told once is enough
        emitted.clear();
        poll(engine());
        assertThat(emitted).isEmpty();
    }

    @Test
    void aBatchReadAheadAndGivenUpAfterAnEarlierOneWasCommittedKeepsItsContactsDeletable() {
        graph.page(null, "n1", null, contact("a", "1"))
                .page("n1", null, "d1", contact("b", "1"));
        DeltaSyncEngine engine = engine();
        ChangeBatch first = engine.next().orElseThrow();
        ChangeBatch second = engine.next().orElseThrow(); // b is routed before a's batch is committed
        engine.commit(first);
        engine.rewind(second, 0);
        graph.page("n1", null, "d1").page("d1", null, "d2", new Removed("b", "deleted"));
        poll(engine);
        poll(engine);
        assertThat(emitted).containsExactly("deleted b");
    }

    @Test
    void aContactRoutedBeforeACrashAndDeletedBeforeTheRestartIsDeletedByTheNextEngine() {
        graph.page(null, "n1", null, contact("a", "1"), contact("b", "1"));
        DeltaSyncEngine crashed = engine();
        crashed.next().orElseThrow(); // handed out, routed, never committed: the JVM dies here
        assertThat(store.get(ROUTED)).as("written before the batch was handed out").contains(":a", ":b");

        // a was deleted: the first round read again neither shows it nor reports its removal (a first round
        // never needs to), so the round's end finds it gone; a removal of an id never routed stays silent.
        graph.page(null, null, "d1", contact("b", "1"), new Removed("y", "deleted"))
                .page("d1", null, "d2", new Removed("a", "deleted"), new Removed("z", "deleted"));
        DeltaSyncEngine restarted = engine();
        poll(restarted);
        assertThat(emitted).containsExactly("created b", "deleted a");
        assertThat(store.get(ROUTED)).isNull();
        poll(restarted);
        assertThat(emitted).as("told once").containsExactly("created b", "deleted a");
    }

    @Test
    void aContactRoutedAgainAfterARestartIsStillCreated() {
        graph.page(null, null, "d1", contact("a", "1"));
        engine().next().orElseThrow(); // routed, then a crash
        graph.page(null, null, "d1", contact("a", "2"));
        poll(engine());
        graph.page("d1", null, "d2", contact("a", "3"));
        poll(engine());
        assertThat(emitted).containsExactly("created a", "updated a");
    }

    @Test
    void aResyncDeletesTheRoutedContactsItDidNotMeetAgain() {
        graph.page(null, null, "d1", contact("x", "1"));
        DeltaSyncEngine engine = engine();
        poll(engine);
        graph.page("d1", null, "d2", contact("a", "1"), contact("b", "1"), contact("c", "1"));
        assertThat(poll(engine, "c"::equals)).isFalse(); // a, b, c routed; the page is given up
        emitted.clear();
        // Then the delta token expires; a is deleted, b moved to an unsynced folder, c is still here.
        graph.gone.add("d1");
        graph.page(null, null, "d3", contact("x", "1"), contact("c", "1"));
        graph.alive.put("b", "another-folder");
        DeltaSyncEngine restarted = engine();
        poll(restarted);
        assertThat(emitted).containsExactly("created c", "deleted a", "deleted b");
        assertThat(store.get(ROUTED)).isNull();
        graph.page("d3", null, "d4", new Removed("a", "deleted"));
        emitted.clear();
        poll(restarted);
        assertThat(emitted).isEmpty();
    }

    @Test
    void anIdRoutedAndDeletedInCommittedPagesLeavesTheSetSoARestartDoesNotDeleteItAgain() {
        graph.page(null, "n1", null, contact("a", "1"))
                .page("n1", null, "d1", contact("b", "1"), new Removed("a", "deleted"));
        DeltaSyncEngine engine = engine();
        ChangeBatch first = engine.next().orElseThrow();
        ChangeBatch second = engine.next().orElseThrow(); // read ahead: a's delete before a's page is committed
        engine.commit(first);
        engine.commit(second);
        assertThat(store.get(ROUTED)).isNull();
        graph.gone.add("d1");
        graph.page(null, null, "d2", contact("b", "1"));
        poll(engine());
        assertThat(emitted).isEmpty();
    }
}
