package io.github.outlookcontacts.graph;

import java.time.Instant;
import java.util.Objects;

/**
 * The body of {@code POST /subscriptions}. {@code clientState} is a secret: it is sent to Graph, which echoes it in
 * every notification, and never appears in {@link #toString()}.
 *
 * @param resource                 e.g. {@code me/contactFolders/{id}/contacts} or {@code users/{id}/contacts}
 * @param changeType               comma-separated {@code created,updated,deleted}
 * @param notificationUrl          the webhook (https, except loopback)
 * @param lifecycleNotificationUrl the webhook for lifecycle events, or null
 * @param clientState              at most 128 characters, or null
 * @param expiration               within Graph's lifetime cap
 */
public record SubscriptionRequest(String resource, String changeType, String notificationUrl,
        String lifecycleNotificationUrl, String clientState, Instant expiration) {

    /** Graph refuses a longer {@code clientState}. */
    public static final int MAX_CLIENT_STATE = 128;

    public SubscriptionRequest {
        Objects.requireNonNull(resource, "resource");
        Objects.requireNonNull(changeType, "changeType");
        Objects.requireNonNull(notificationUrl, "notificationUrl");
        Objects.requireNonNull(expiration, "expiration");
        if (clientState != null && clientState.length() > MAX_CLIENT_STATE) {
            throw new IllegalArgumentException("clientState must be at most " + MAX_CLIENT_STATE + " characters");
        }
    }

    @Override
    public String toString() {
        return "SubscriptionRequest[resource=" + resource + ", changeType=" + changeType + ", notificationUrl="
               + notificationUrl + ", lifecycleNotificationUrl=" + lifecycleNotificationUrl + ", expiration="
               + expiration + "]";
    }
}
