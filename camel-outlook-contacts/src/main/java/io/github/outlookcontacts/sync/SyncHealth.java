package io.github.outlookcontacts.sync;

import java.time.Instant;

/**
 * An immutable snapshot of how the engine's calls to Graph went; read by health checks without any network call.
 * Failures of the route itself (a change not confirmed) are not Graph failures and do not count here.
 *
 * @param polled              at least one read finished (successfully or not)
 * @param consecutiveFailures reads in a row that failed talking to Graph (0 after a successful one)
 * @param lastStatus          HTTP status of the last failure (0: no HTTP answer, -1: not an HTTP failure)
 * @param lastErrorCode       Graph's error code of the last failure, or null
 * @param lastError           message of the last failure (never contains tokens), or null
 * @param lastSuccess         when the last successful read ended, or null
 * @param lastFailure         when the last failed read ended, or null
 * @param lastCompleteRound   when a round was last read and committed completely, or null
 */
public record SyncHealth(boolean polled, int consecutiveFailures, int lastStatus, String lastErrorCode,
        String lastError, Instant lastSuccess, Instant lastFailure, Instant lastCompleteRound) {

    public static final SyncHealth NOT_POLLED = new SyncHealth(false, 0, 0, null, null, null, null, null);

    public boolean isHealthy() {
        return polled && consecutiveFailures == 0;
    }

    SyncHealth success(Instant now) {
        return new SyncHealth(true, 0, lastStatus, lastErrorCode, lastError, now, lastFailure, lastCompleteRound);
    }

    SyncHealth failure(int status, String code, String message, Instant now) {
        return new SyncHealth(true, consecutiveFailures + 1, status, code, message, lastSuccess, now,
                lastCompleteRound);
    }

    SyncHealth roundComplete(Instant now) {
        return new SyncHealth(polled, consecutiveFailures, lastStatus, lastErrorCode, lastError, lastSuccess,
                lastFailure, now);
    }
}
