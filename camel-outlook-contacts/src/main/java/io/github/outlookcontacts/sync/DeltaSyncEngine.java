package io.github.outlookcontacts.sync;

import java.time.Clock;
import java.util.Objects;

import io.github.outlookcontacts.graph.FolderResolver;
import io.github.outlookcontacts.graph.GraphContactsClient;
import io.github.outlookcontacts.graph.GraphException;
import io.github.outlookcontacts.sync.FolderSync.Outcome;
import io.github.outlookcontacts.sync.SyncCursor.Phase;

/**
 * Delta sync of one folder (or folder tree) of one mailbox: each {@link #poll} continues from the committed cursor,
 * hands every created, updated or deleted contact to the handler synchronously, and commits page by page only what
 * the handler confirmed. Not thread-safe: one poll at a time (a Camel consumer polls from one thread).
 */
public final class DeltaSyncEngine {

    private final GraphContactsClient client;
    private final FolderResolver resolver;
    private final CursorStore store;
    private final SyncSettings settings;
    private final Clock clock;
    private volatile SyncHealth health = SyncHealth.NOT_POLLED;
    private String rootId;
    private boolean rootResolved;
    private FolderSync single;
    private FolderTree tree;

    public DeltaSyncEngine(GraphContactsClient client, CursorStore store, SyncSettings settings) {
        this(client, new FolderResolver(client), store, settings, Clock.systemUTC());
    }

    public DeltaSyncEngine(GraphContactsClient client, FolderResolver resolver, CursorStore store,
                           SyncSettings settings, Clock clock) {
        this.client = Objects.requireNonNull(client, "client");
        this.resolver = Objects.requireNonNull(resolver, "resolver");
        this.store = Objects.requireNonNull(store, "store");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = clock;
    }

    /**
     * One poll: resolves the folder (once), then syncs until every folder reached its deltaLink, {@code maxChanges}
     * changes were emitted (checked at page boundaries; 0 = no limit) or a change was not confirmed. Graph failures
     * propagate after being recorded in {@link #health()}; whatever was committed before them stays committed.
     */
    public PollResult poll(ChangeHandler handler, int maxChanges) {
        PollBudget budget = new PollBudget(maxChanges);
        try {
            Outcome outcome = run(handler, budget);
            health = health.success(clock.instant());
            return new PollResult(budget.used(), outcome == Outcome.COMPLETE, outcome == Outcome.FAILED);
        } catch (GraphException e) {
            health = health.failure(e.getStatus(), e.getErrorCode(), e.getMessage(), clock.instant());
            throw e;
        } catch (RuntimeException e) {
            health = health.failure(-1, null, e.toString(), clock.instant());
            throw e;
        }
    }

    /** The latest health snapshot; no network call. */
    public SyncHealth health() {
        return health;
    }

    /** The resolved id of the synced folder (null before the first poll or for a default folder not revealed). */
    public String folderId() {
        return rootId;
    }

    private Outcome run(ChangeHandler handler, PollBudget budget) {
        resolveRoot();
        if (settings.includeSubfolders()) {
            if (tree == null) {
                tree = new FolderTree(client, settings, store, StateKeys.namespace(settings.mailbox(), rootKey(), true),
                        rootKey());
            }
            return tree.poll(rootId, handler, budget);
        }
        if (single == null || !Objects.equals(single.folderId(), rootId)) {
            String scope = StateKeys.namespace(settings.mailbox(), rootKey(), false);
            single = new FolderSync(client, settings, new FolderState(store, scope), rootId,
                    settings.changesOnly() ? Phase.BASELINE : Phase.INITIAL, null);
        }
        return single.poll(handler, budget);
    }

    /** The folder option is resolved once; a default folder Graph has not revealed yet is asked for every poll. */
    private void resolveRoot() {
        if (rootResolved) {
            return;
        }
        if (isDefaultFolder()) {
            rootId = client.defaultFolderId(settings.mailbox());
        } else {
            rootId = resolver.resolve(settings.mailbox(), settings.folder());
        }
        rootResolved = rootId != null;
    }

    private boolean isDefaultFolder() {
        return settings.folder() == null || settings.folder().isBlank();
    }

    private String rootKey() {
        return isDefaultFolder() ? StateKeys.DEFAULT_FOLDER : rootId;
    }
}
