package io.github.outlookcontacts.graph;

import java.time.Instant;

/**
 * A change-notification subscription as Graph returns it ({@code clientState} is never echoed back).
 *
 * @param id                       the subscription id
 * @param resource                 what it watches, e.g. {@code me/contactFolders/{id}/contacts}
 * @param changeType               comma-separated {@code created,updated,deleted}
 * @param notificationUrl          where Graph posts change notifications
 * @param lifecycleNotificationUrl where Graph posts lifecycle events, or null
 * @param expiration               when Graph drops it unless renewed
 */
public record GraphSubscription(String id, String resource, String changeType, String notificationUrl,
        String lifecycleNotificationUrl, Instant expiration) {
}
