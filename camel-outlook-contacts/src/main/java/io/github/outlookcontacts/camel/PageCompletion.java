package io.github.outlookcontacts.camel;

import io.github.outlookcontacts.sync.ChangeBatch;
import io.github.outlookcontacts.sync.DeltaSyncEngine;
import org.apache.camel.Exchange;
import org.apache.camel.spi.Synchronization;
import org.apache.camel.support.SynchronizationAdapter;

/**
 * Follows the exchanges of one page: commits the page's batch once every exchange completed (a rollback-only
 * exchange counts as failed), and gives it up, with every later one, at the first failure, keeping in mind which
 * changes before it were confirmed. Exchanges may complete on other threads.
 */
final class PageCompletion {

    private final DeltaSyncEngine engine;
    private final ChangeBatch batch;
    private final boolean[] completed;
    private int confirmedPrefix;
    private int completedCount;
    private boolean failed;
    private RuntimeException commitFailure;

    PageCompletion(DeltaSyncEngine engine, ChangeBatch batch) {
        this.engine = engine;
        this.batch = batch;
        this.completed = new boolean[batch.size()];
    }

    ChangeBatch batch() {
        return batch;
    }

    /** The completion hook of the {@code index}-th exchange of the page. */
    Synchronization of(int index) {
        return new SynchronizationAdapter() {
            @Override
            public void onComplete(Exchange exchange) {
                if (exchange.isRollbackOnly() || exchange.isRollbackOnlyLast()) {
                    failed();
                } else {
                    completed(index);
                }
            }

            @Override
            public void onFailure(Exchange exchange) {
                failed();
            }
        };
    }

    /** A page without exchanges (replays, a baseline) is committed as soon as the earlier ones are. */
    void commitIfEmpty() {
        if (batch.isEmpty()) {
            commit();
        }
    }

    void completed(int index) {
        synchronized (this) {
            if (failed || completed[index]) {
                return;
            }
            completed[index] = true;
            completedCount++;
            while (confirmedPrefix < completed.length && completed[confirmedPrefix]) {
                confirmedPrefix++;
            }
            if (completedCount < completed.length) {
                return;
            }
        }
        commit();
    }

    /** An exchange failed, or the page cannot be routed to its end: nothing from here on is committed. */
    void failed() {
        int confirmed;
        synchronized (this) {
            if (failed) {
                return;
            }
            failed = true;
            confirmed = confirmedPrefix;
        }
        engine.rewind(batch, confirmed);
    }

    synchronized boolean isFailed() {
        return failed;
    }

    /** Rethrows a failed state write of the commit, so the poll fails (and is retried) like a Graph failure. */
    synchronized void rethrowCommitFailure() {
        if (commitFailure != null) {
            throw commitFailure;
        }
    }

    private void commit() {
        try {
            engine.commit(batch);
        } catch (RuntimeException e) {
            synchronized (this) {
                failed = true;
                commitFailure = e;
            }
        }
    }
}
