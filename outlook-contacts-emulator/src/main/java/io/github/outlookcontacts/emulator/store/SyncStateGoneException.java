package io.github.outlookcontacts.emulator.store;

/** A delta token that expired or was evicted: the API answers 410 with a Location to restart from. */
public final class SyncStateGoneException extends StoreException {

    public SyncStateGoneException(long generation) {
        super(410, "SyncStateNotFound", "The sync state generation is not found; generation=" + generation + ";");
    }
}
