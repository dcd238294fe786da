package io.github.outlookcontacts.sync;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.github.outlookcontacts.graph.FolderResolver;
import io.github.outlookcontacts.graph.batch.BatchExecutor;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static io.github.outlookcontacts.sync.ScriptedDeltaClient.contact;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every test of {@link DeltaSyncEngineTest} again with the next page read ahead on a thread of its own, and what the
 * read ahead itself must do: read the next page while a batch is handled, never the page after a round's last, and be
 * given up (interrupted if in flight) by a rewind, so that nothing is committed out of order or skipped.
 */
class DeltaSyncEngineReadAheadTest extends DeltaSyncEngineTest {

    private final ExecutorService pool = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "read-ahead-test");
        thread.setDaemon(true);
        return thread;
    });
    /** Reads ahead started. */
    private final AtomicInteger started = new AtomicInteger();

    @Override
    DeltaSyncEngine newEngine(SyncSettings settings) {
        return new DeltaSyncEngine(graph, new FolderResolver(graph), store, settings,
                new BatchExecutor(graph, null, Map.of()), Clock.systemUTC(), SyncMetrics.NONE, task -> {
                    started.incrementAndGet();
                    pool.execute(task);
                });
    }

    @AfterEach
    void stopPool() throws InterruptedException {
        pool.shutdownNow();
        assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).as("read-ahead thread ended").isTrue();
    }

    private long requests(String link) {
        return graph.requested.stream().filter(link::equals).count();
    }

    @Test
    void theNextPageIsReadWhileTheBatchBeforeIsHandled() {
        graph.page(null, "n1", null, contact("a", "1"))
                .page("n1", "n2", null, contact("b", "1"))
                .page("n2", null, "d1", contact("c", "1"));
        DeltaSyncEngine engine = engine();
        ChangeBatch first = engine.next().orElseThrow();
        // Not asked for yet: the batch of START is still being handled.
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> requests("n1") == 1);
        engine.commit(first);
        assertThat(engine.next().orElseThrow().changes()).extracting(ContactChange::contactId).containsExactly("b");
        assertThat(requests("n1")).as("the page read ahead is used, not read again").isEqualTo(1);
    }

    @Test
    void theLastPageOfARoundReadsNothingAhead() {
        graph.page(null, "n1", null, contact("a", "1"))
                .page("n1", null, "d1", contact("b", "1"));
        DeltaSyncEngine engine = engine();
        assertThat(poll(engine, recorder(), 0).complete()).isTrue();
        assertThat(started).as("only n1 was read ahead").hasValue(1);
        assertThat(graph.requested).containsExactly("START", "n1");
    }

    @Test
    void aFailedBatchGivesUpThePageReadAheadSoNothingAfterItIsCommitted() {
        graph.page(null, "n1", null, contact("a", "1"), contact("b", "1"))
                .page("n1", null, "d1", contact("c", "1"));
        DeltaSyncEngine engine = engine();
        BatchConfirmations first = new BatchConfirmations(engine, engine.next().orElseThrow());
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> requests("n1") == 1);
        first.confirmed(0);
        first.failed(); // b failed in the route
        assertThat(engine.outstanding()).isZero();
        assertThat(store.get(CURSOR)).as("nothing committed").isNull();

        assertThat(poll(engine, recorder(), 0)).isEqualTo(new PollResult(2, true, false));
        // a was confirmed before the failure: the same engine does not deliver it again.
        assertThat(emitted).containsExactly("created b", "created c");
        assertThat(requests("n1")).as("the page read ahead was given up and read again").isEqualTo(2);
        assertThat(cursor().link()).isEqualTo("d1");
    }

    @Test
    void aRewindInterruptsAReadAheadInFlight() {
        graph.page(null, "n1", null, contact("a", "1"))
                .page("n1", null, "d1", contact("b", "1"));
        graph.stalled.add("n1");
        DeltaSyncEngine engine = engine();
        engine.next().orElseThrow();
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> requests("n1") == 1);
        engine.rewind();
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> graph.interrupted.contains("n1"));

        graph.stalled.clear();
        assertThat(poll(engine, recorder(), 0).complete()).isTrue();
        assertThat(emitted).containsExactly("created a", "created b");
    }
}
