package io.github.outlookcontacts.sync;

import java.util.function.Consumer;

import io.github.outlookcontacts.model.Contact;

/**
 * Emits {@code deleted} for every contact of the scanned segments that is still known and not marked seen: after a
 * full resync (contacts that vanished meanwhile) or for a folder that left the synced tree. Confirmed deletes are
 * committed in batches, so a failure or a restart repeats at most one batch.
 */
final class VanishPass implements Segments.Visitor {

    /** Confirms that a candidate is really gone from the folder. */
    @FunctionalInterface
    interface Verifier {
        /**
         * The removal reason ({@code deleted}, or {@code changed} when it moved to another folder), null when it is
         * still there, or {@link #SILENT} when it is gone but must not be emitted (it moved to another synced folder).
         */
        String goneReason(String id);
    }

    static final int BATCH = 100;
    /** Verdict of a {@link Verifier}: forget the contact without emitting anything. */
    static final String SILENT = "";

    private final KnownContacts known;
    private final ChangeEmitter emitter;
    private final PollBudget budget;
    private final Consumer<PageChanges> commit;
    private final Verifier verifier;
    private PageChanges batch = new PageChanges(null);
    private int size;

    /**
     * @param commit   persists a batch of removals and applies it to the known set
     * @param verifier checks each candidate before it is emitted, or null to emit every candidate
     */
    VanishPass(KnownContacts known, ChangeEmitter emitter, PollBudget budget, Consumer<PageChanges> commit,
               Verifier verifier) {
        this.known = known;
        this.emitter = emitter;
        this.budget = budget;
        this.commit = commit;
        this.verifier = verifier;
    }

    @Override
    public void live(String id, long changeKeyHash) {
        long hash = KnownContacts.idHash(id);
        if (known.changeKey(hash) == KnownContacts.ABSENT || known.isSeen(hash)) {
            return;
        }
        known.markSeen(hash); // an id may appear in several segments: decide it once
        String reason = verifier == null ? "deleted" : verifier.goneReason(id);
        if (reason == null) {
            return; // still there: changed while the full round ran, so the next delta round reports it
        }
        if (!SILENT.equals(reason)) {
            emitter.emit(ChangeType.DELETED, Contact.ofId(id), reason, false);
        }
        batch.removed(id);
        if (++size >= BATCH) {
            flush();
            if (budget.exhausted()) {
                throw new BudgetUsed();
            }
        }
    }

    @Override
    public void removed(String id) {
        // already gone
    }

    @Override
    public void seen(long idHash) {
        // marks only; the contact itself is listed elsewhere
    }

    /** Commits the confirmed deletes not committed yet. */
    void flush() {
        if (size > 0) {
            commit.accept(batch);
            batch = new PageChanges(null);
            size = 0;
        }
    }

    /** The poll's budget is used up; the pass continues on the next poll. */
    static final class BudgetUsed extends RuntimeException {
        BudgetUsed() {
            super("maxMessagesPerPoll reached", null, false, false);
        }
    }
}
