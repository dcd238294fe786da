package io.github.outlookcontacts.camel.producer;

import io.github.outlookcontacts.graph.GraphException;
import io.github.outlookcontacts.model.Contact;

/**
 * The result of one item of a {@code Collection} body on {@code create}, {@code upsert} or {@code delete}: its
 * position in the input, and either the contact (with the upsert result) or the error. The list of outcomes is in
 * input order.
 */
public final class OutlookContactsOutcome {

    private final int index;
    private final Contact contact;
    private final String upsertResult;
    private final RuntimeException error;

    private OutlookContactsOutcome(int index, Contact contact, String upsertResult, RuntimeException error) {
        this.index = index;
        this.contact = contact;
        this.upsertResult = upsertResult;
        this.error = error;
    }

    public static OutlookContactsOutcome success(int index, Contact contact, String upsertResult) {
        return new OutlookContactsOutcome(index, contact, upsertResult, null);
    }

    public static OutlookContactsOutcome failure(int index, RuntimeException error) {
        return new OutlookContactsOutcome(index, null, null, error);
    }

    /** The item's position in the input collection (0-based). */
    public int getIndex() {
        return index;
    }

    public boolean isSuccess() {
        return error == null;
    }

    /** The created, updated, unchanged or deleted contact (a deleted one holds only its id); null on failure. */
    public Contact getContact() {
        return contact;
    }

    /** The contact id, or null on failure. */
    public String getContactId() {
        return contact == null ? null : contact.getId();
    }

    /** upsert only: created, updated or unchanged. */
    public String getUpsertResult() {
        return upsertResult;
    }

    /**
     * The failure: a {@link GraphException} (status, Graph error code, message, request id), a
     * {@link io.github.outlookcontacts.model.validation.ContactValidationException} for an invalid item (no HTTP
     * call was made), or another {@link IllegalArgumentException}/{@link IllegalStateException}; null on success.
     */
    public RuntimeException getError() {
        return error;
    }

    /** The HTTP status of a Graph failure; 0 for a failure found before any call, or on success. */
    public int getStatus() {
        return error instanceof GraphException g ? g.getStatus() : 0;
    }

    /** Graph's error code (e.g. ErrorItemNotFound), or null. */
    public String getErrorCode() {
        return error instanceof GraphException g ? g.getErrorCode() : null;
    }

    public String getErrorMessage() {
        return error == null ? null : error.getMessage();
    }

    @Override
    public String toString() {
        return "OutlookContactsOutcome[" + index + ", "
               + (isSuccess() ? "id=" + getContactId() + (upsertResult == null ? "" : ", " + upsertResult)
                       : getErrorMessage())
               + "]";
    }
}
