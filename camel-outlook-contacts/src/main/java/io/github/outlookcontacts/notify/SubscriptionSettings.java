package io.github.outlookcontacts.notify;

import java.time.Duration;
import java.util.Objects;

/**
 * What to subscribe to and how long for.
 *
 * @param resource        e.g. {@code me/contactFolders/{id}/contacts}; also the key of the stored subscription
 * @param changeType      comma-separated {@code created,updated,deleted}
 * @param notificationUrl the public webhook URL, used for change and lifecycle notifications alike
 * @param lifetime        the expiry asked for at each creation and renewal (under Graph's cap)
 * @param checkInterval   how often renewal and recovery are checked
 */
public record SubscriptionSettings(String resource, String changeType, String notificationUrl, Duration lifetime,
        Duration checkInterval) {

    /**
     * 4,230 minutes: under every cap Graph has documented for contacts (10,080 now, 4,230 before), so neither
     * version refuses it. Renewal happens after two thirds of it.
     */
    public static final Duration DEFAULT_LIFETIME = Duration.ofMinutes(4_230);
    public static final Duration DEFAULT_CHECK_INTERVAL = Duration.ofMinutes(1);

    public SubscriptionSettings {
        Objects.requireNonNull(resource, "resource");
        Objects.requireNonNull(changeType, "changeType");
        Objects.requireNonNull(notificationUrl, "notificationUrl");
        if (lifetime == null || lifetime.isNegative() || lifetime.isZero()) {
            throw new IllegalArgumentException("the subscription lifetime must be positive, was " + lifetime);
        }
        if (checkInterval == null || checkInterval.isNegative() || checkInterval.isZero()) {
            throw new IllegalArgumentException("the subscription check interval must be positive, was "
                                               + checkInterval);
        }
    }

    public static SubscriptionSettings of(String resource, String changeType, String notificationUrl) {
        return new SubscriptionSettings(resource, changeType, notificationUrl, DEFAULT_LIFETIME,
                DEFAULT_CHECK_INTERVAL);
    }

    /** The renewal is due once a third of the lifetime is left. */
    Duration renewBefore() {
        return lifetime.dividedBy(3);
    }
}
