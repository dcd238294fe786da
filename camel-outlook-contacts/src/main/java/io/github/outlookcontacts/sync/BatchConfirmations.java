package io.github.outlookcontacts.sync;

/**
 * Collects the confirmations of one batch's changes, which may arrive on any thread and in any order: commits the
 * batch once every change is confirmed, and gives it up (with every later batch) at the first failure, telling the
 * engine how many changes before it were confirmed. What a Camel consumer's completions or a Kafka Connect task's
 * {@code commitRecord} calls feed.
 */
public final class BatchConfirmations {

    private final DeltaSyncEngine engine;
    private final ChangeBatch batch;
    private final boolean[] confirmed;
    private int prefix;
    private int count;
    private boolean failed;
    private RuntimeException commitFailure;

    public BatchConfirmations(DeltaSyncEngine engine, ChangeBatch batch) {
        this.engine = engine;
        this.batch = batch;
        this.confirmed = new boolean[batch.size()];
        if (batch.isEmpty()) {
            commit(); // nothing to wait for: committed as soon as the batches before it are
        }
    }

    public ChangeBatch batch() {
        return batch;
    }

    /** The {@code index}-th change of the batch was handled. */
    public void confirmed(int index) {
        synchronized (this) {
            if (failed || confirmed[index]) {
                return;
            }
            confirmed[index] = true;
            count++;
            while (prefix < confirmed.length && confirmed[prefix]) {
                prefix++;
            }
            if (count < confirmed.length) {
                return;
            }
        }
        commit();
    }

    /** A change was not handled (or will not be): nothing from this batch on is committed; it comes again. */
    public void failed() {
        int before;
        synchronized (this) {
            if (failed) {
                return;
            }
            failed = true;
            before = prefix;
        }
        engine.rewind(batch, before);
    }

    /** A change failed, or the commit did. */
    public synchronized boolean isFailed() {
        return failed;
    }

    /** The store write of the commit failed (the engine then reloads what is committed); null otherwise. */
    public synchronized RuntimeException commitFailure() {
        return commitFailure;
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
