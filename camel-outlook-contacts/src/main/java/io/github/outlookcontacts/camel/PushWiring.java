package io.github.outlookcontacts.camel;

import io.github.outlookcontacts.camel.push.PushNotifications;
import io.github.outlookcontacts.camel.push.PushOptions;
import io.github.outlookcontacts.graph.GraphContactsClient;
import io.github.outlookcontacts.graph.Mailbox;
import io.github.outlookcontacts.notify.SubscriptionSettings;
import io.github.outlookcontacts.notify.SubscriptionStatus;
import io.github.outlookcontacts.sync.CursorStore;
import org.apache.camel.health.HealthCheckResultBuilder;

/** Builds a sync consumer's push service from its endpoint's options, and shows its state in the health check. */
final class PushWiring {

    static final String CHANGE_TYPES = "created,updated,deleted";

    private PushWiring() {
    }

    /**
     * The push service, or null when {@code notificationUrl} is not set.
     *
     * @param folderId the resolved folder, or null when not known (then the whole mailbox is subscribed to)
     * @param pollNow  runs one poll at once (from the wake-up thread)
     */
    static PushNotifications create(OutlookContactsEndpoint endpoint, CursorStore store, String folderId,
                                    Runnable pollNow) {
        OutlookContactsConfiguration c = endpoint.getConfiguration();
        ConsumerConfiguration consumer = c.getConsumerConfiguration();
        String path = PushOptions.webhookPath(consumer.getNotificationUrl(), consumer.getNotificationPath());
        if (path == null) {
            return null;
        }
        Mailbox mailbox = Mailbox.of(c.getUser());
        GraphContactsClient client = endpoint.getClient();
        String folder = folderId;
        if (folder == null && !c.isIncludeSubfolders() && (c.getFolder() == null || c.getFolder().isBlank())) {
            try {
                folder = client.defaultFolderId(mailbox);
            } catch (RuntimeException unknownYet) {
                // the whole mailbox then: more wake-ups, none missing
            }
        }
        SubscriptionSettings settings = SubscriptionSettings.of(
                PushNotifications.resource(mailbox, folder, c.isIncludeSubfolders()), CHANGE_TYPES,
                consumer.getNotificationUrl().trim());
        return new PushNotifications(endpoint.getCamelContext(), client.subscriptions(), store, settings, path,
                pollNow);
    }

    /** The subscription's details; a failed subscription leaves the state to the sync itself (the timer polls). */
    static void details(HealthCheckResultBuilder builder, SubscriptionStatus status) {
        if (status == null) {
            return;
        }
        builder.detail("subscription.state", status.state().name());
        if (status.id() != null) {
            builder.detail("subscription.id", status.id());
        }
        if (status.expiration() != null) {
            builder.detail("subscription.expiration", status.expiration().toString());
        }
        builder.detail("subscription.accepted", status.accepted());
        builder.detail("subscription.refused", status.refused());
        if (status.lastError() != null) {
            builder.detail("subscription.error", status.lastError());
        }
    }
}
