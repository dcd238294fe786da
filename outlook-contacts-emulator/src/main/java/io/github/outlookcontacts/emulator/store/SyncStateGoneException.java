package io.github.outlookcontacts.emulator.store;

/** A delta token that expired or was evicted: the API answers 410 with a Location to restart from. */
public final class SyncStateGoneException extends StoreException {

    private final String select;

    public SyncStateGoneException(long generation, String select) {
        super(410, "SyncStateNotFound", "The sync state generation is not found; generation=" + generation + ";");
        this.select = select;
    }

    /** The $select of the round the token belonged to ("" = none), so the restart Location can keep it. */
    public String select() {
        return select;
    }
}
