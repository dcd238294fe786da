package io.github.outlookcontacts.camel;

import io.github.outlookcontacts.camel.producer.ExpandOption;
import java.util.Locale;

import io.github.outlookcontacts.camel.push.PushOptions;
import io.github.outlookcontacts.graph.Mailbox;
import io.github.outlookcontacts.model.ContactProperties;
import io.github.outlookcontacts.sync.ChangeType;
import io.github.outlookcontacts.sync.SyncSettings;

/**
 * Checks the consumer options before anything is sent to Graph and turns them into the engine's settings; a bad
 * value fails with a message naming the option and the allowed values.
 */
final class ConsumerOptions {

    static final String FULL = "full";
    static final String CHANGES_ONLY = "changesOnly";

    private ConsumerOptions() {
    }

    static SyncSettings toSettings(OutlookContactsConfiguration c) {
        if (c.getOperation() != OutlookContactsOperation.sync) {
            throw new IllegalArgumentException("Operation " + c.getOperation() + " is a producer operation; only"
                                               + " outlook-contacts:sync can be used in from(...)");
        }
        ConsumerConfiguration consumer = c.getConsumerConfiguration();
        boolean changesOnly = initialSync(consumer.getInitialSync());
        if (consumer.getMaxMessagesPerPoll() < 0) {
            throw new IllegalArgumentException("Invalid value " + consumer.getMaxMessagesPerPoll() + " for option"
                                               + " maxMessagesPerPoll; allowed values: 0 (no limit) or more");
        }
        ContactProperties.checkSelect(c.getSelect());
        PushOptions.webhookPath(consumer.getNotificationUrl(), consumer.getNotificationPath());
        // SyncSettings checks pageSize against Graph's page-size range.
        return new SyncSettings(Mailbox.of(c.getUser()), blankToNull(c.getFolder()), blankToNull(c.getSelect()),
                consumer.getPageSize(), changesOnly, ChangeType.parseList(consumer.getChangeTypes(), "changeTypes"),
                c.isIncludeSubfolders(), ExpandOption.check(c.getExpand()));
    }

    private static boolean initialSync(String value) {
        if (value == null || value.isBlank() || FULL.equalsIgnoreCase(value.trim())) {
            return false;
        }
        if (CHANGES_ONLY.toLowerCase(Locale.ROOT).equals(value.trim().toLowerCase(Locale.ROOT))) {
            return true;
        }
        throw new IllegalArgumentException("Invalid value '" + value + "' for option initialSync; allowed values: "
                                           + FULL + ", " + CHANGES_ONLY);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
