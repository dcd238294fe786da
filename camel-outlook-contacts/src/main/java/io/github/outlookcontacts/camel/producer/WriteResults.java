package io.github.outlookcontacts.camel.producer;

/**
 * The values of {@code CamelOutlookContactsWriteResult} (and of {@code CamelOutlookContactsUpsertResult}): what a
 * write did, or with {@code dryRun=true} what it would do.
 */
public final class WriteResults {

    public static final String CREATED = "created";
    public static final String UPDATED = "updated";
    public static final String UNCHANGED = "unchanged";
    public static final String DELETED = "deleted";
    /** conflictPolicy=targetWins: the contact changed in Outlook since it was read, and was left alone. */
    public static final String SKIPPED = "skipped";

    private WriteResults() {
    }
}
