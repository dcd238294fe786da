package io.github.outlookcontacts.notify;

import java.time.Instant;

/**
 * A snapshot of the subscription for health checks; no network call.
 *
 * @param state      what the manager is doing
 * @param id         the live subscription's id, or null
 * @param expiration when it lapses unless renewed, or null
 * @param accepted   notifications accepted (each one a wake-up request)
 * @param refused    notifications refused (wrong {@code clientState} or unreadable)
 * @param lastError  the last failure talking to Graph, or null
 */
public record SubscriptionStatus(State state, String id, Instant expiration, long accepted, long refused,
        String lastError) {

    public enum State {
        /** Not started, or stopped. */
        STOPPED,
        /** Live at Graph; notifications wake the consumer. */
        ACTIVE,
        /** Graph refused or could not be reached; retried at the next check, the poll timer covers meanwhile. */
        FAILED
    }
}
