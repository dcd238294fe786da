package io.github.outlookcontacts.sync;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import io.github.outlookcontacts.graph.GraphException;
import io.github.outlookcontacts.graph.Mailbox;
import io.github.outlookcontacts.graph.SyncStateGoneException;
import io.github.outlookcontacts.graph.UntrustedLinkException;
import io.github.outlookcontacts.sync.ScriptedDeltaClient.Removed;
import org.junit.jupiter.api.Test;

import static io.github.outlookcontacts.sync.ScriptedDeltaClient.contact;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The engine's bookkeeping against scripted delta pages (the wire and the emulator are covered by the component's
 * integration tests): created vs updated, per-page commits, replays, failures, resync, budgets.
 */
class DeltaSyncEngineTest {

    final ScriptedDeltaClient graph = new ScriptedDeltaClient();
    final MapCursorStore store = new MapCursorStore();
    final List<String> emitted = new ArrayList<>();

    private DeltaSyncEngine engine(boolean changesOnly, Set<ChangeType> types) {
        return newEngine(new SyncSettings(Mailbox.of("me"), null, null, 2, changesOnly, types, false));
    }

    /** The engine under test (a subclass runs every test again with pages read ahead). */
    DeltaSyncEngine newEngine(SyncSettings settings) {
        return new DeltaSyncEngine(graph, store, settings);
    }

    DeltaSyncEngine engine() {
        return engine(false, EnumSet.allOf(ChangeType.class));
    }

    /** What one poll of the driver below did. */
    record PollResult(int emitted, boolean complete, boolean failed) {
    }

    /** A route that refuses the changes {@code fails} matches. */
    record Handler(Predicate<ContactChange> fails) {
    }

    Handler recorder(Predicate<ContactChange> fails) {
        return new Handler(fails);
    }

    Handler recorder() {
        return recorder(c -> false);
    }

    /**
     * Drives the engine the way a consumer does: batch after batch, each change confirmed in turn, the batch committed
     * when all are; the first refused change gives the batch up. Stops at the round's end or at the first batch
     * boundary at or past {@code max} changes (0 = no limit).
     */
    PollResult poll(DeltaSyncEngine engine, Handler handler, int max) {
        int emittedNow = 0;
        while (true) {
            Optional<ChangeBatch> next = engine.next();
            if (next.isEmpty()) {
                return new PollResult(emittedNow, true, false);
            }
            ChangeBatch batch = next.get();
            int confirmed = 0;
            for (ContactChange change : batch.changes()) {
                if (handler.fails().test(change)) {
                    engine.rewind(batch, confirmed);
                    return new PollResult(emittedNow, false, true);
                }
                emitted.add(change.type().value() + " " + change.contactId()
                            + (change.removedReason() != null ? " " + change.removedReason() : ""));
                confirmed++;
                emittedNow++;
            }
            engine.commit(batch);
            if (max > 0 && emittedNow >= max) {
                return new PollResult(emittedNow, false, false);
            }
        }
    }

    @Test
    void firstRoundEmitsCreatedThenIncrementalRoundsTellUpdatedFromCreatedByWhatWasSeen() {
        graph.page(null, "n1", null, contact("a", "1"), contact("b", "1"))
                .page("n1", null, "d1", contact("c", "1"), contact("a", "1")) // replay of a: not emitted again
                .page("d1", null, "d2", contact("a", "2"), contact("d", "1"), new Removed("b", "deleted"),
                        new Removed("zz", "deleted"))
                .page("d2", null, "d3");
        DeltaSyncEngine engine = engine();
        PollResult first = poll(engine, recorder(), 0);
        assertThat(first).isEqualTo(new PollResult(3, true, false));
        assertThat(poll(engine, recorder(), 0).emitted()).isEqualTo(3);
        assertThat(poll(engine, recorder(), 0).emitted()).isZero();
        assertThat(emitted).containsExactly("created a", "created b", "created c", "updated a", "created d",
                "deleted b deleted");
        assertThat(engine.folderId()).isEqualTo(ScriptedDeltaClient.FOLDER);
        assertThat(engine.health().isHealthy()).isTrue();
    }

    @Test
    void aFailedChangeStopsTheRoundAndComesAgainWithoutRepeatingConfirmedOnes() {
        graph.page(null, "n1", null, contact("a", "1"), contact("b", "1"))
                .page("n1", null, "d1", contact("c", "1"), contact("d", "1"), contact("e", "1"));
        DeltaSyncEngine engine = engine();
        PollResult failed = poll(engine, recorder(c -> c.contactId().equals("d")), 0);
        assertThat(failed.failed()).isTrue();
        assertThat(emitted).containsExactly("created a", "created b", "created c");
        // The committed cursor stays before page n1.
        assertThat(SyncCursor.decode(store.get("outlook-contacts/me/default/cursor"), "c").link()).isEqualTo("n1");

        PollResult retried = poll(engine, recorder(), 0);
        assertThat(retried).isEqualTo(new PollResult(2, true, false));
        assertThat(emitted).containsExactly("created a", "created b", "created c", "created d", "created e");
    }

    @Test
    void afterARestartTheUncommittedPageIsDeliveredAgainButNothingConfirmedBeforeIt() {
        graph.page(null, "n1", null, contact("a", "1"), contact("b", "1"))
                .page("n1", null, "d1", contact("c", "1"), contact("d", "1"));
        poll(engine(), recorder(c -> c.contactId().equals("d")), 0);
        emitted.clear();
        poll(engine(), recorder(), 0); // a new engine on the same store: a restarted JVM
        assertThat(emitted).containsExactly("created c", "created d");
    }

    @Test
    void anExpiredLinkRestartsWithAFullRoundThatEmitsOnlyDifferencesAndVanishedContacts() {
        graph.page(null, "n1", null, contact("a", "1"), contact("b", "1"))
                .page("n1", null, "d1", contact("c", "1"), contact("d", "1"));
        DeltaSyncEngine engine = engine();
        poll(engine, recorder(), 0);
        emitted.clear();
        // Meanwhile b changed, d was deleted, e was created; then the delta token expired.
        graph.gone.add("d1");
        graph.page(null, "r1", null, contact("a", "1"), contact("b", "2"))
                .page("r1", null, "d2", contact("c", "1"), contact("e", "1"));
        PollResult result = poll(engine, recorder(), 0);
        assertThat(emitted).containsExactly("updated b", "created e", "deleted d deleted");
        assertThat(result.complete()).isTrue();
        graph.page("d2", null, "d3", contact("c", "2"));
        emitted.clear();
        poll(engine, recorder(), 0);
        assertThat(emitted).containsExactly("updated c");
    }

    @Test
    void aContactMissingFromTheFullRoundButStillThereIsNotReportedDeleted() {
        graph.page(null, null, "d1", contact("a", "1"), contact("b", "1"), contact("c", "1"));
        DeltaSyncEngine engine = engine();
        poll(engine, recorder(), 0);
        graph.gone.add("d1");
        // b changed while the full round ran: it is not in the round but in the next delta; c moved away.
        graph.page(null, null, "d2", contact("a", "1"));
        graph.alive.put("b", ScriptedDeltaClient.FOLDER);
        graph.alive.put("c", "another-folder");
        emitted.clear();
        poll(engine, recorder(), 0);
        assertThat(emitted).containsExactly("deleted c changed");
        graph.page("d2", null, "d3", contact("b", "2"));
        poll(engine, recorder(), 0);
        assertThat(emitted).containsExactly("deleted c changed", "updated b");
    }

    @Test
    void aResyncInterruptedByAFailedDeleteFinishesTheDeletesOnTheNextPoll() {
        graph.page(null, null, "d1", contact("a", "1"), contact("b", "1"), contact("c", "1"));
        DeltaSyncEngine engine = engine();
        poll(engine, recorder(), 0);
        graph.gone.add("d1");
        graph.page(null, null, "d2", contact("a", "1"));
        emitted.clear();
        assertThat(poll(engine, recorder(c -> c.contactId().equals("c")), 0).failed()).isTrue();
        assertThat(emitted).containsExactly("deleted b deleted");
        emitted.clear();
        DeltaSyncEngine restarted = engine();
        assertThat(poll(restarted, recorder(), 0).complete()).isTrue();
        assertThat(emitted).containsExactly("deleted c deleted");
        graph.page("d2", null, "d3");
        assertThat(poll(restarted, recorder(), 0).emitted()).isZero();
    }

    @Test
    void aFailedLookupOfTheVanishPassAsksAgainForTheSameContacts() {
        DeltaSyncEngine engine = resyncWhereBAndCVanished();
        graph.failOnce.addAll(List.of("b", "c")); // the lookup that tells moves from deletes fails
        assertThatThrownBy(() -> poll(engine, recorder(), 0)).isInstanceOf(GraphException.class);
        assertThat(emitted).isEmpty();
        assertThat(poll(engine, recorder(), 0).complete()).isTrue();
        assertThat(emitted).containsExactly("deleted b deleted", "deleted c deleted");
    }

    @Test
    void aContactWhoseLookupFailedIsAskedForAgainWhileTheOthersAreDecided() {
        DeltaSyncEngine engine = resyncWhereBAndCVanished();
        graph.failOnce.add("c");
        assertThat(poll(engine, recorder(), 0).complete()).isTrue();
        assertThat(emitted).containsExactly("deleted b deleted", "deleted c deleted");
    }

    /** A folder of a, b and c whose link expired; the full round that comes next meets only a. */
    private DeltaSyncEngine resyncWhereBAndCVanished() {
        graph.page(null, null, "d1", contact("a", "1"), contact("b", "1"), contact("c", "1"));
        DeltaSyncEngine engine = engine();
        poll(engine, recorder(), 0);
        graph.gone.add("d1");
        graph.page(null, null, "d2", contact("a", "1"));
        emitted.clear();
        return engine;
    }

    @Test
    void aResyncReloadedAfterAFaultStillDeletesWhatAnEarlierResyncHadSeen() {
        graph.page(null, null, "d1", contact("a", "1"), contact("b", "1"), contact("c", "1"));
        DeltaSyncEngine engine = engine();
        poll(engine, recorder(), 0);
        graph.gone.add("d1"); // a first resync meets every contact again: its segment marks them seen
        graph.page(null, null, "d2", contact("a", "1"), contact("b", "1"), contact("c", "1"));
        poll(engine, recorder(), 0);
        // A second resync, with b deleted meanwhile; a fault gives it up after its first page was committed.
        graph.gone.add("d2");
        graph.page(null, "r1", null, contact("a", "1")).page("r1", null, "d3", contact("c", "1"));
        emitted.clear();
        engine.commit(engine.next().orElseThrow());
        engine.rewind(); // the state is reloaded from the store: the first resync's marks must not count again
        assertThat(poll(engine, recorder(), 0).complete()).isTrue();
        assertThat(emitted).containsExactly("deleted b deleted");
    }

    @Test
    void aServerThatKeepsAnswering410FailsThePollInsteadOfLooping() {
        graph.gone.add("START");
        DeltaSyncEngine engine = engine();
        assertThatThrownBy(() -> poll(engine, recorder(), 0)).isInstanceOf(SyncStateGoneException.class);
        assertThat(graph.requested).hasSize(2);
        assertThat(engine.health().consecutiveFailures()).isEqualTo(1);
        assertThat(engine.health().lastStatus()).isEqualTo(410);
    }

    @Test
    void aRefusedLinkLeavesTheCursorWhereItWas() {
        graph.page(null, "n1", null, contact("a", "1"));
        graph.untrusted.add("n1");
        DeltaSyncEngine engine = engine();
        assertThatThrownBy(() -> poll(engine, recorder(), 0)).isInstanceOf(UntrustedLinkException.class);
        assertThat(SyncCursor.decode(store.get("outlook-contacts/me/default/cursor"), "c").link()).isEqualTo("n1");
        assertThat(engine.health().isHealthy()).isFalse();
    }

    @Test
    void changesOnlyRecordsABaselineAndEmitsLaterChangesExactly() {
        graph.page(null, null, "d1", contact("a", "1"), contact("b", "1"))
                .page("d1", null, "d2", contact("a", "2"), contact("c", "1"), new Removed("b", "deleted"));
        DeltaSyncEngine engine = engine(true, EnumSet.allOf(ChangeType.class));
        assertThat(poll(engine, recorder(), 0).emitted()).isZero();
        poll(engine, recorder(), 0);
        assertThat(emitted).containsExactly("updated a", "created c", "deleted b deleted");
    }

    @Test
    void changeTypesFilterWhatIsEmittedWhileTheKnownSetTracksEverything() {
        graph.page(null, null, "d1", contact("a", "1"))
                .page("d1", null, "d2", contact("a", "2"), contact("b", "1"))
                .page("d2", null, "d3", contact("b", "2"), new Removed("a", "deleted"));
        DeltaSyncEngine engine = engine(false, EnumSet.of(ChangeType.UPDATED, ChangeType.DELETED));
        poll(engine, recorder(), 0);
        poll(engine, recorder(), 0);
        poll(engine, recorder(), 0);
        assertThat(emitted).containsExactly("updated a", "updated b", "deleted a deleted");
    }

    @Test
    void maxMessagesStopsAtAPageBoundary() {
        graph.page(null, "n1", null, contact("a", "1"), contact("b", "1"))
                .page("n1", "n2", null, contact("c", "1"), contact("d", "1"))
                .page("n2", null, "d1", contact("e", "1"));
        DeltaSyncEngine engine = engine();
        assertThat(poll(engine, recorder(), 3)).isEqualTo(new PollResult(4, false, false));
        assertThat(poll(engine, recorder(), 3)).isEqualTo(new PollResult(1, true, false));
        assertThat(emitted).hasSize(5);
    }

    @Test
    void aChangedSelectForcesAResyncThatEmitsNothingForUnchangedContacts() {
        graph.page(null, null, "d1", contact("a", "1"), contact("b", "1"));
        poll(engine(), recorder(), 0);
        emitted.clear();
        graph.page(null, null, "d9", contact("a", "1"));
        DeltaSyncEngine withSelect = newEngine(new SyncSettings(Mailbox.of("me"), null, "displayName", 2, false,
                EnumSet.allOf(ChangeType.class), false));
        poll(withSelect, recorder(), 0);
        assertThat(graph.requested).containsExactly("START", "START", "GET b");
        assertThat(emitted).containsExactly("deleted b deleted");
    }

    @Test
    void batchesReadAheadAndConfirmedOutOfOrderAreCommittedInOrder() {
        graph.page(null, "n1", null, contact("a", "1"))
                .page("n1", "n2", null, contact("b", "1"))
                .page("n2", null, "d1", contact("c", "1"));
        DeltaSyncEngine engine = engine();
        ChangeBatch first = engine.next().orElseThrow();
        ChangeBatch second = engine.next().orElseThrow(); // read before the first is committed
        assertThat(engine.outstanding()).isEqualTo(2);
        assertThat(engine.commit(second)).isTrue();
        assertThat(store.get(CURSOR)).as("held until the first one is committed").isNull();
        engine.commit(first);
        assertThat(cursor().link()).isEqualTo("n2");
        ChangeBatch third = engine.next().orElseThrow();
        assertThat(engine.next()).as("the round is read").isEmpty();
        graph.page("d1", null, "d2", contact("d", "1"));
        assertThat(engine.next()).as("no new round while a batch of this one is outstanding").isEmpty();
        engine.commit(third);
        assertThat(cursor().phase()).isEqualTo(SyncCursor.Phase.INCREMENTAL);
        assertThat(engine.health().lastCompleteRound()).isNotNull();
        assertThat(engine.next().orElseThrow().changes()).extracting(ContactChange::contactId).containsExactly("d");
    }

    @Test
    void aRewindGivesUpEveryUncommittedBatchAndTheyAreReadAgain() {
        graph.page(null, "n1", null, contact("a", "1"))
                .page("n1", "n2", null, contact("b", "1"))
                .page("n2", null, "d1", contact("c", "1"));
        DeltaSyncEngine engine = engine();
        engine.commit(engine.next().orElseThrow());
        ChangeBatch second = engine.next().orElseThrow();
        ChangeBatch third = engine.next().orElseThrow();
        engine.commit(third);
        engine.rewind(second, 0); // b was not confirmed
        assertThat(engine.commit(third)).as("given up").isFalse();
        assertThat(engine.outstanding()).isZero();
        assertThat(cursor().link()).isEqualTo("n1");
        assertThat(engine.next().orElseThrow().changes()).extracting(ContactChange::contactId).containsExactly("b");
        assertThat(engine.next().orElseThrow().changes()).extracting(ContactChange::contactId).containsExactly("c");
    }

    @Test
    void aFailedStoreWriteGivesTheBatchUpAndItIsReadAndDeliveredAgain() {
        graph.page(null, "n1", null, contact("a", "1"), contact("b", "1"))
                .page("n1", null, "d1", contact("c", "1"));
        DeltaSyncEngine engine = engine();
        ChangeBatch first = engine.next().orElseThrow();
        store.crashAfter(1); // the segment is written, the cursor write fails
        assertThatThrownBy(() -> engine.commit(first)).isInstanceOf(IllegalStateException.class);
        assertThat(engine.outstanding()).isZero();
        assertThat(store.get(CURSOR)).isNull();
        assertThat(engine.health().isHealthy()).isFalse();

        store.healed();
        assertThat(poll(engine, recorder(), 0)).isEqualTo(new PollResult(3, true, false));
        assertThat(emitted).containsExactly("created a", "created b", "created c");
        graph.page("d1", null, "d2", contact("a", "1"), contact("b", "2"));
        poll(engine(), recorder(), 0); // a restarted engine: what it knows comes from the store
        assertThat(emitted).containsExactly("created a", "created b", "created c", "updated b");
    }

    @Test
    void confirmationsInAnyOrderCommitTheBatchOnceAllArrivedAndAFailureGivesItUp() {
        graph.page(null, "n1", null, contact("a", "1"), contact("b", "1"), contact("c", "1"))
                .page("n1", null, "d1", contact("d", "1"), contact("e", "1"));
        DeltaSyncEngine engine = engine();
        BatchConfirmations first = new BatchConfirmations(engine, engine.next().orElseThrow());
        first.confirmed(2);
        first.confirmed(0);
        assertThat(store.get(CURSOR)).isNull();
        first.confirmed(1);
        assertThat(cursor().link()).isEqualTo("n1");

        BatchConfirmations second = new BatchConfirmations(engine, engine.next().orElseThrow());
        second.confirmed(0);
        second.failed();
        assertThat(second.isFailed()).isTrue();
        assertThat(cursor().link()).isEqualTo("n1");
        // d was confirmed before the failure: the same engine does not deliver it again.
        assertThat(engine.next().orElseThrow().changes()).extracting(ContactChange::contactId).containsExactly("e");
    }

    static final String CURSOR = "outlook-contacts/me/default/cursor";

    SyncCursor cursor() {
        return SyncCursor.decode(store.get(CURSOR), CURSOR);
    }
}
