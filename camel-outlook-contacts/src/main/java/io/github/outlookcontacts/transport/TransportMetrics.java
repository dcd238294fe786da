package io.github.outlookcontacts.transport;

import java.time.Duration;

/**
 * What the transport reports for metrics, free of any metrics library: the component implements it with Micrometer
 * when a registry is present. Called on the request's thread; implementations must be fast and thread-safe.
 * {@code mailbox} is {@code me}, the user id or UPN of the request's path (lower case), or empty for mailbox-less
 * requests such as {@code $batch}.
 */
public interface TransportMetrics {

    /** Reports nothing. */
    TransportMetrics NONE = new TransportMetrics() {
    };

    /**
     * One HTTP exchange with Graph (every attempt, retries included) until its response headers arrived.
     *
     * @param status the HTTP status, or 0 when no answer came (I/O failure)
     */
    default void request(String mailbox, String method, int status, Duration elapsed) {
    }

    /** Graph answered 429 Too Many Requests. */
    default void throttled(String mailbox) {
    }

    /** A request is sent again after a retryable status or I/O failure. */
    default void retry(String mailbox) {
    }
}
