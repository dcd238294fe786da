package io.github.outlookcontacts.emulator.store;

/** Kinds of contact changes recorded in the journal. */
public enum ChangeType {
    CREATED, UPDATED, DELETED, MOVED
}
