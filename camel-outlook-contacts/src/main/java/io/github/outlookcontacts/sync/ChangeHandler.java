package io.github.outlookcontacts.sync;

/**
 * Receives each change synchronously and says whether it was handled. The engine advances its cursor only past pages
 * whose every change was handled; returning {@code false} (or throwing) stops the round, and the change comes again.
 */
@FunctionalInterface
public interface ChangeHandler {

    /** @return true when the change was fully handled and may be committed */
    boolean handle(ContactChange change) throws Exception;
}
