package io.github.outlookcontacts.sync;

import java.time.Duration;

/**
 * What the engine reports for metrics, free of any metrics library: the Camel consumer implements it with Micrometer
 * when a registry is present (tagged with its mailbox and folder), a Kafka Connect task may implement it otherwise.
 * Called on the engine's threads while it holds its lock: implementations must be fast and thread-safe.
 */
public interface SyncMetrics {

    /** Reports nothing. */
    SyncMetrics NONE = new SyncMetrics() {
    };

    /** {@code count} changes of {@code type} were confirmed by the route and committed. */
    default void committed(ChangeType type, int count) {
    }

    /** {@code count} changes handed out were given up unconfirmed: they are delivered again. */
    default void redelivered(int count) {
    }

    /** A folder's delta link expired (HTTP 410): it restarts with a full round that emits only differences. */
    default void resync() {
    }

    /** A round was read and committed completely, {@code elapsed} after it began. */
    default void round(Duration elapsed) {
    }
}
