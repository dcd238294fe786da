package io.github.outlookcontacts.camel.producer;

/**
 * What {@code update} and {@code upsert} do when the contact changed in Outlook since the caller read it (the etag
 * in {@code CamelOutlookContactsETag}, sent as If-Match, is stale).
 */
public enum ConflictPolicy {
    /** Fail with the concurrency error. */
    fail,
    /** Re-read the contact and apply the caller's fields over Outlook's newer version. */
    sourceWins,
    /** Leave Outlook's newer version alone; the result is {@code skipped}. */
    targetWins
}
