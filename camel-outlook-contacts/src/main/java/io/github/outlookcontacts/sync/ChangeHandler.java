package io.github.outlookcontacts.sync;

/**
 * Receives changes synchronously; the engine commits a page only when every change of it was handled successfully.
 */
@FunctionalInterface
public interface ChangeHandler {

    /** Handles one change; returns false (or throws) when it failed and must be delivered again. */
    boolean handle(ContactChange change) throws Exception;
}
