package io.github.outlookcontacts.camel.producer;

import java.util.List;

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
    private final String result;
    private final List<String> changedFields;
    private final boolean dryRun;
    private final RuntimeException error;

    private OutlookContactsOutcome(int index, Contact contact, String upsertResult, String result,
                                   List<String> changedFields, boolean dryRun, RuntimeException error) {
        this.index = index;
        this.contact = contact;
        this.upsertResult = upsertResult;
        this.result = result;
        this.changedFields = changedFields == null ? List.of() : List.copyOf(changedFields);
        this.dryRun = dryRun;
        this.error = error;
    }

    /** A write that was made; {@code upsertResult} is null except on upsert. */
    public static OutlookContactsOutcome success(int index, Contact contact, String upsertResult) {
        return new OutlookContactsOutcome(index, contact, upsertResult, upsertResult, null, false, null);
    }

    /**
     * dryRun=true: the write that would be made ({@code result} a {@link WriteResults} value), with the properties
     * it would set; {@code upsert} also fills {@link #getUpsertResult()}.
     */
    public static OutlookContactsOutcome planned(int index, Contact contact, String result, List<String> changedFields,
                                                 boolean upsert) {
        return new OutlookContactsOutcome(index, contact, upsert ? result : null, result, changedFields, true, null);
    }

    public static OutlookContactsOutcome failure(int index, RuntimeException error) {
        return new OutlookContactsOutcome(index, null, null, null, null, false, error);
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
     * With dryRun=true, what the write would do: created, updated, unchanged, deleted or skipped; without it, the
     * upsert result (else null).
     */
    public String getResult() {
        return result;
    }

    /** With dryRun=true: the properties an update would set (for a create, the properties given); else empty. */
    public List<String> getChangedFields() {
        return changedFields;
    }

    /** True when nothing was written: the outcome is the dry run's plan. */
    public boolean isDryRun() {
        return dryRun;
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
               + (isSuccess() ? "id=" + getContactId() + (result == null ? "" : ", " + result)
                                + (dryRun ? " (dry run) " + changedFields : "")
                       : getErrorMessage())
               + "]";
    }
}
