package io.github.outlookcontacts.sync;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import io.github.outlookcontacts.graph.GraphContactsClient;
import io.github.outlookcontacts.graph.GraphException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Syncs a set of folders (one, or a tree that may grow) with Graph delta queries, one {@link FolderSync} each, and
 * keeps a health snapshot. Not thread-safe: one poller drives it.
 */
public final class DeltaSyncEngine {

    private static final Logger LOG = LoggerFactory.getLogger(DeltaSyncEngine.class);

    private final GraphContactsClient client;
    private final SyncSettings settings;
    private final CursorStore store;
    private final Supplier<List<String>> folders;
    private final Map<String, FolderSync> syncs = new LinkedHashMap<>();
    private volatile SyncHealth health = SyncHealth.INITIAL;

    /**
     * @param folders supplies the folder ids to sync on each poll (null id: the default folder); called once per poll
     */
    public DeltaSyncEngine(GraphContactsClient client, SyncSettings settings, CursorStore store,
                           Supplier<List<String>> folders) {
        this.client = client;
        this.settings = settings;
        this.store = store;
        this.folders = folders;
    }

    /** One poll: each folder is brought up to date (or as far as its changes were handled successfully). */
    public RoundResult poll(ChangeHandler handler) {
        long started = System.nanoTime();
        RoundResult total = new RoundResult(0, 0, 0, 0, true, false);
        try {
            for (String folderId : folders.get()) {
                FolderSync sync = syncs.computeIfAbsent(String.valueOf(folderId),
                        k -> new FolderSync(client, settings, folderId, store));
                RoundResult result = sync.poll(handler);
                total = total.plus(result);
                log(folderId, result, started);
                if (result.failed() || budgetUsed(total)) {
                    break;
                }
            }
        } catch (GraphException e) {
            SyncHealth h = health;
            health = new SyncHealth(h.consecutiveFailures() + 1, e.getStatus(), e.getMessage(), h.lastSuccess());
            throw e;
        }
        health = new SyncHealth(0, -1, null, Instant.now());
        return total;
    }

    public SyncHealth health() {
        return health;
    }

    private boolean budgetUsed(RoundResult total) {
        return settings.maxChangesPerPoll() > 0 && total.changes() >= settings.maxChangesPerPoll();
    }

    private void log(String folderId, RoundResult r, long started) {
        if (r.changes() > 0 || r.failed()) {
            LOG.info("Synced folder {} of {}: {} pages, {} created, {} updated, {} deleted{} in {} ms",
                    folderId == null ? "(default)" : folderId, settings.mailbox().user(), r.pages(), r.created(),
                    r.updated(), r.deleted(), r.failed() ? " (stopped at a failed change; it will be retried)" : "",
                    (System.nanoTime() - started) / 1_000_000);
        } else {
            LOG.debug("Folder {} of {} has no changes", folderId, settings.mailbox().user());
        }
    }
}
