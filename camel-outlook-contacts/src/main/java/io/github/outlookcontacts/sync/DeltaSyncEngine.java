package io.github.outlookcontacts.sync;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

import io.github.outlookcontacts.graph.FolderResolver;
import io.github.outlookcontacts.graph.GraphContactsClient;
import io.github.outlookcontacts.graph.GraphException;
import io.github.outlookcontacts.graph.batch.BatchExecutor;
import io.github.outlookcontacts.sync.SyncCursor.Phase;

/**
 * Delta sync of one folder (or folder tree) of one mailbox, pull-style: {@link #next} reads one delta page
 * completely, closes the response and hands out its classified changes as a {@link ChangeBatch}; {@link #commit}
 * persists a batch once all its changes are confirmed, strictly in the order the batches were handed out (a batch
 * confirmed early waits for the earlier ones); {@link #rewind} gives up every uncommitted batch, so they are read and
 * delivered again (at-least-once). Several batches may be outstanding at once. A new round starts only when nothing
 * of the previous one is outstanding. Thread-safe; {@code next} holds the engine's lock while it reads a page. With
 * a read-ahead executor, the page after the one handed out is requested and read in the background (read and closed
 * like any page, one page ahead at most), so Graph's time overlaps the handling of the batch; a rewind gives it up.
 */
public final class DeltaSyncEngine {

    private final GraphContactsClient client;
    private final FolderResolver resolver;
    private final CursorStore store;
    private final SyncSettings settings;
    private final Clock clock;
    private final MoveResolver moves;
    private final SyncMetrics metrics;
    private final PageReadAhead pages;
    private final Deque<Pending> outstanding = new ArrayDeque<>();
    private volatile SyncHealth health = SyncHealth.NOT_POLLED;
    private volatile String rootId;
    private boolean rootResolved;
    private ChangeSource source;
    private String sourceRoot;
    private long sequence;
    private boolean roundOpen;
    private boolean roundRead;
    private long roundStartNanos;

    private static final class Pending {
        final ChangeBatch batch;
        boolean confirmed;

        Pending(ChangeBatch batch) {
            this.batch = batch;
        }
    }

    public DeltaSyncEngine(GraphContactsClient client, CursorStore store, SyncSettings settings) {
        this(client, new FolderResolver(client), store, settings, new BatchExecutor(client, null, Map.of()),
                Clock.systemUTC());
    }

    /** @param lookups runs the batched lookups that tell moves from deletions (with the endpoint's headers) */
    public DeltaSyncEngine(GraphContactsClient client, FolderResolver resolver, CursorStore store,
                           SyncSettings settings, BatchExecutor lookups, Clock clock) {
        this(client, resolver, store, settings, lookups, clock, SyncMetrics.NONE);
    }

    /** @param metrics told what was committed, redelivered and resynced, and how long rounds took */
    public DeltaSyncEngine(GraphContactsClient client, FolderResolver resolver, CursorStore store,
                           SyncSettings settings, BatchExecutor lookups, Clock clock, SyncMetrics metrics) {
        this(client, resolver, store, settings, lookups, clock, metrics, null);
    }

    /**
     * @param readAhead reads the next page of a folder in the background while the batch before it is handled (one
     *                  page ahead at most; {@link #rewind} gives it up); null reads each page in {@link #next}
     */
    public DeltaSyncEngine(GraphContactsClient client, FolderResolver resolver, CursorStore store,
                           SyncSettings settings, BatchExecutor lookups, Clock clock, SyncMetrics metrics,
                           Executor readAhead) {
        this.metrics = Objects.requireNonNull(metrics, "metrics");
        this.client = Objects.requireNonNull(client, "client");
        this.pages = new PageReadAhead(client, readAhead);
        this.resolver = Objects.requireNonNull(resolver, "resolver");
        this.store = Objects.requireNonNull(store, "store");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.moves = new MoveResolver(client, settings, new ContactLocator(lookups, settings.mailbox()));
    }

    /**
     * Resolves a named {@code folder} option, so that an unknown folder fails here (a
     * {@link io.github.outlookcontacts.graph.FolderNotFoundException} listing the existing folders) rather than at
     * the first read. The default folder needs no check and is resolved by the first read. Not a read: the health
     * stays "not polled".
     */
    public synchronized void start() {
        if (!isDefaultFolder()) {
            resolveRoot();
        }
    }

    /**
     * The next batch of the current round, or empty when the round is read completely (or cannot go on before
     * the batches handed out are committed); the call after an empty one starts the next round. Graph failures
     * propagate after being recorded in {@link #health()}; nothing is handed out then.
     */
    public synchronized Optional<ChangeBatch> next() {
        return recorded(this::read);
    }

    /**
     * Confirms every change of {@code batch}. It is committed at once if every batch handed out before it is
     * committed, else when they are; a batch given up by {@link #rewind} is ignored.
     *
     * @return false when the batch was no longer outstanding
     */
    public synchronized boolean commit(ChangeBatch batch) {
        Pending pending = outstanding.stream().filter(p -> p.batch == batch).findFirst().orElse(null);
        if (pending == null) {
            return false;
        }
        pending.confirmed = true;
        try {
            while (!outstanding.isEmpty() && outstanding.peekFirst().confirmed) {
                ChangeBatch committed = outstanding.peekFirst().batch;
                committed.write.commit();
                outstanding.pollFirst();
                countCommitted(committed, committed.size());
            }
        } catch (RuntimeException e) {
            // A failed store write leaves memory and store possibly apart: reload from the store.
            health = health.failure(-1, null, e.toString(), clock.instant());
            giveUp();
            throw e;
        }
        finishRoundIfCommitted();
        return true;
    }

    /** Gives up every uncommitted batch; the next {@link #next} reads on from the committed cursor. */
    public synchronized void rewind() {
        giveUp();
    }

    /**
     * Gives up every uncommitted batch because a change of {@code failed} was not confirmed. When {@code failed} is
     * the oldest of them, its first {@code confirmed} changes (those before the failure) are remembered, or for
     * vanished-contact deletes committed, so they are not delivered again.
     */
    public synchronized void rewind(ChangeBatch failed, int confirmed) {
        int kept = 0;
        try {
            Pending oldest = outstanding.peekFirst();
            if (oldest != null && oldest.batch == failed && confirmed > 0) {
                int keep = Math.min(confirmed, failed.size());
                failed.write.keepConfirmed(keep);
                kept = keep;
                countCommitted(failed, kept);
            }
        } finally {
            giveUp(kept);
        }
    }

    /** Batches handed out and not committed yet. */
    public synchronized int outstanding() {
        return outstanding.size();
    }

    /** How many contacts the engine knows in the synced folder (or tree), counting batches handed out. */
    public synchronized long knownContacts() {
        return source == null ? 0 : source.knownContacts();
    }

    /** The latest health snapshot; no network call. */
    public SyncHealth health() {
        return health;
    }

    /** The resolved id of the synced folder (null before the start or for a default folder not revealed). */
    public String folderId() {
        return rootId;
    }

    private Optional<ChangeBatch> read() {
        if (roundRead) {
            if (!outstanding.isEmpty()) {
                return Optional.empty();
            }
            roundRead = false;
            roundOpen = false;
        }
        if (!roundOpen) {
            resolveRoot();
            source().beginRound();
            roundOpen = true;
            roundStartNanos = System.nanoTime();
        }
        Step step = source.next();
        if (step == null) {
            roundRead = true;
            finishRoundIfCommitted();
            return Optional.empty();
        }
        ChangeBatch batch = new ChangeBatch(++sequence, step.folderId(), step.changes(), step.write());
        outstanding.addLast(new Pending(batch));
        return Optional.of(batch);
    }

    private void finishRoundIfCommitted() {
        if (roundRead && roundOpen && outstanding.isEmpty()) {
            roundOpen = false;
            source.roundCommitted();
            health = health.roundComplete(clock.instant());
            metrics.round(Duration.ofNanos(System.nanoTime() - roundStartNanos));
        }
    }

    private void giveUp() {
        giveUp(0);
    }

    /** @param kept changes of the oldest batch that were kept anyway, so they are not delivered again */
    private void giveUp(int kept) {
        int again = outstanding.stream().mapToInt(p -> p.batch.size()).sum() - kept;
        if (again > 0) {
            metrics.redelivered(again);
        }
        outstanding.clear();
        pages.cancel();
        if (source != null) {
            source.forget();
        }
        roundOpen = false;
        roundRead = false;
    }

    private void countCommitted(ChangeBatch batch, int count) {
        Map<ChangeType, Integer> counts = new EnumMap<>(ChangeType.class);
        for (int i = 0; i < count; i++) {
            counts.merge(batch.changes().get(i).type(), 1, Integer::sum);
        }
        counts.forEach(metrics::committed);
    }

    private <T> T recorded(Supplier<T> call) {
        try {
            T result = call.get();
            health = health.success(clock.instant());
            return result;
        } catch (GraphException e) {
            health = health.failure(e.getStatus(), e.getErrorCode(), e.getMessage(), clock.instant());
            throw e;
        } catch (RuntimeException e) {
            health = health.failure(-1, null, e.toString(), clock.instant());
            throw e;
        }
    }

    private ChangeSource source() {
        if (source != null && Objects.equals(sourceRoot, rootId)) {
            return source;
        }
        String rootKey = isDefaultFolder() ? StateKeys.DEFAULT_FOLDER : rootId;
        boolean tree = settings.includeSubfolders();
        String namespace = StateKeys.namespace(settings.mailbox(), rootKey, tree);
        if (tree) {
            source = new FolderTree(client, pages, settings, store, namespace, rootKey, rootId, moves, metrics);
        } else {
            FolderSync folder = new FolderSync(pages, settings, new FolderState(store, namespace), rootId,
                    () -> settings.changesOnly() ? Phase.BASELINE : Phase.INITIAL, metrics);
            source = new SingleFolder(folder, new PageClassifier(settings, moves), moves);
        }
        sourceRoot = rootId;
        return source;
    }

    /** The folder option is resolved once; a default folder Graph has not revealed yet is asked for every round. */
    private void resolveRoot() {
        if (rootResolved) {
            return;
        }
        rootId = isDefaultFolder() ? client.defaultFolderId(settings.mailbox())
                : resolver.resolve(settings.mailbox(), settings.folder());
        rootResolved = rootId != null;
    }

    private boolean isDefaultFolder() {
        return settings.folder() == null || settings.folder().isBlank();
    }
}
