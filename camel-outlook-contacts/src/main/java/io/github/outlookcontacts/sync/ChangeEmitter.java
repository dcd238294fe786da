package io.github.outlookcontacts.sync;

import io.github.outlookcontacts.model.Contact;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands one folder's changes to the handler, synchronously; a change the handler does not confirm throws
 * {@link ChangeFailed}, which unwinds the streaming parser so nothing after it is read or committed.
 */
final class ChangeEmitter {

    private static final Logger LOG = LoggerFactory.getLogger(ChangeEmitter.class);

    private final SyncSettings settings;
    private final String folderId;
    private final ChangeHandler handler;
    private final PollBudget budget;
    private RoundStats stats;

    ChangeEmitter(SyncSettings settings, String folderId, ChangeHandler handler, PollBudget budget) {
        this.settings = settings;
        this.folderId = folderId;
        this.handler = handler;
        this.budget = budget;
    }

    void countInto(RoundStats roundStats) {
        this.stats = roundStats;
    }

    /**
     * Emits the change unless {@code quiet} (a baseline round) or filtered out by {@code changeTypes}; either way the
     * caller records it in the known set afterwards.
     */
    void emit(ChangeType type, Contact contact, String reason, boolean quiet) {
        if (quiet || !settings.emits(type)) {
            return;
        }
        String folder = folderId != null ? folderId : contact.getParentFolderId();
        boolean handled;
        try {
            handled = handler.handle(new ContactChange(type, folder, contact, reason));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            handled = false;
        } catch (Exception e) {
            LOG.debug("Handling {} of contact {} failed", type.value(), contact.getId(), e);
            handled = false;
        }
        if (!handled) {
            throw new ChangeFailed();
        }
        budget.emitted();
        if (stats != null) {
            stats.count(type);
        }
    }

    /** A change was not confirmed by the handler. */
    static final class ChangeFailed extends RuntimeException {
        ChangeFailed() {
            super("a change was not confirmed by the handler", null, false, false);
        }
    }
}
