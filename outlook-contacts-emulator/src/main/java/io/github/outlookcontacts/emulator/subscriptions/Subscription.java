package io.github.outlookcontacts.emulator.subscriptions;

import java.time.Instant;
import java.util.Set;

/**
 * One change-notification subscription on a mailbox's contacts (all of them, or one folder's).
 *
 * @param id               the subscription id
 * @param resource         the resource as the client wrote it (e.g. {@code me/contactFolders/{id}/contacts})
 * @param user             the mailbox
 * @param folderId         the folder, or null for every contact of the mailbox
 * @param changeTypes      which of created, updated, deleted are notified
 * @param notificationUrl  where change notifications go
 * @param lifecycleUrl     where lifecycle events go, or null
 * @param clientState      the secret echoed in every notification, or null
 * @param expiration       when Graph drops the subscription
 */
public record Subscription(String id, String resource, String user, String folderId, Set<String> changeTypes,
        String notificationUrl, String lifecycleUrl, String clientState, Instant expiration) {

    Subscription withExpiration(Instant newExpiration) {
        return new Subscription(id, resource, user, folderId, changeTypes, notificationUrl, lifecycleUrl,
                clientState, newExpiration);
    }

    boolean covers(String mailbox, String folder, String changeType) {
        return user.equalsIgnoreCase(mailbox) && (folderId == null || folderId.equals(folder))
               && changeTypes.contains(changeType);
    }
}
