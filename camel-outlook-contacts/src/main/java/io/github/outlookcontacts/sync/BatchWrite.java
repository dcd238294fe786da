package io.github.outlookcontacts.sync;

/**
 * What a {@link ChangeBatch} persists: run by the engine strictly in batch order, once every change of the batch and
 * of every earlier batch is confirmed.
 */
interface BatchWrite {

    /** Writes the batch's known-contacts segment (if any) and then its cursor: the commit point. */
    void commit();

    /**
     * The batch is given up after its first {@code confirmed} changes were confirmed: remember (or persist, where the
     * cursor allows it) what they taught, so they are not delivered again.
     */
    void keepConfirmed(int confirmed);

    /** A write that persists nothing. */
    BatchWrite NONE = new BatchWrite() {
        @Override
        public void commit() {
        }

        @Override
        public void keepConfirmed(int confirmed) {
        }
    };
}
