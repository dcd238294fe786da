package io.github.outlookcontacts.sync;

/**
 * Where the engine's steps come from: one folder, or a folder tree.
 */
interface ChangeSource {

    /** Starts a round; only called when nothing of the previous round is outstanding. */
    void beginRound();

    /** The next step of the round, or null once the round is read completely. */
    Step next();

    /** Drops every step not committed; the next round starts from what is committed. */
    void forget();

    /** Every step of the round was committed. */
    void roundCommitted();
}
