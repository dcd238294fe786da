package io.github.outlookcontacts.sync;

import java.util.function.LongSupplier;

/**
 * The consumer's {@code maxDeletesPerRound}: before a batch is routed, its deletes are added to the round's; a batch
 * that would take the round over the limit is not routed, the breaker opens (its reason goes to the health check)
 * and stays open until an operator {@link #confirm() confirms}; then the rest of that round's deletes flow, and the
 * next round is guarded again. So a round never emits more deletes than the limit without a confirmation.
 * <p>
 * A percentage is of the contacts known when the round's first delete was seen, before any of them.
 */
public final class DeleteBreaker {

    private final DeleteLimit limit;
    private long roundDeletes;
    private long roundBase = -1;
    private volatile String reason;
    private volatile boolean confirmed;

    /** {@code limit} null: never opens. */
    public DeleteBreaker(DeleteLimit limit) {
        this.limit = limit;
    }

    /**
     * True when a batch with {@code deletes} deletes may be routed; false when the breaker is (or just became) open.
     *
     * @param known the folder's contacts as known now (read only for a percentage, once per round)
     */
    public synchronized boolean admit(long deletes, LongSupplier known) {
        if (isOpen()) {
            return false;
        }
        if (limit == null || deletes == 0 || confirmed) {
            roundDeletes += deletes;
            return true;
        }
        if (roundBase < 0) {
            roundBase = limit.isPercentage() ? known.getAsLong() : 0;
        }
        long allowed = limit.allowed(roundBase);
        if (roundDeletes + deletes > allowed) {
            reason = "the sync round would emit more than " + allowed + " deletes (maxDeletesPerRound=" + limit
                     + (limit.isPercentage() ? " of " + roundBase + " contacts" : "") + "; " + roundDeletes
                     + " emitted so far, " + deletes + " more in the next page); nothing more was emitted and the"
                     + " cursor is kept. If the deletes are intended, confirm them (operation confirmDeletes of the"
                     + " consumer) or restart with a higher maxDeletesPerRound";
            return false;
        }
        roundDeletes += deletes;
        return true;
    }

    /** The round was read to its end: the next one counts from zero and needs its own confirmation. */
    public synchronized void roundEnded() {
        roundDeletes = 0;
        roundBase = -1;
        if (confirmed) {
            confirmed = false;
        }
    }

    /** An operator confirms the deletes that opened the breaker: they (and the rest of the round's) flow. */
    public synchronized void confirm() {
        if (reason != null) {
            reason = null;
            confirmed = true;
        }
    }

    /** True while a round waits for a confirmation. */
    public boolean isOpen() {
        return reason != null;
    }

    /** Why the breaker is open, or null. */
    public String reason() {
        return reason;
    }
}
