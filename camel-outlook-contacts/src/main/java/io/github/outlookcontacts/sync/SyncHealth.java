package io.github.outlookcontacts.sync;

import java.time.Instant;

/**
 * An immutable snapshot of how syncing goes, read by health checks without any network call.
 *
 * @param consecutiveFailures polls in a row that failed against Graph
 * @param lastStatus          the HTTP status of the last failure (0 for I/O errors), or -1 when none
 * @param lastError           the last failure's message, or null
 * @param lastSuccess         when a poll last succeeded, or null
 */
public record SyncHealth(int consecutiveFailures, int lastStatus, String lastError, Instant lastSuccess) {

    public static final SyncHealth INITIAL = new SyncHealth(0, -1, null, null);

    public boolean isHealthy(int failureThreshold) {
        return consecutiveFailures < failureThreshold;
    }
}
