package io.github.outlookcontacts.camel;

import java.util.Locale;

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
        boolean changesOnly = initialSync(c.getInitialSync());
        Integer pageSize = c.getPageSize();
        if (pageSize != null && (pageSize < 1 || pageSize > 200)) {
            throw new IllegalArgumentException("Invalid value " + pageSize + " for option pageSize; allowed values:"
                                               + " 1 to 200 (Graph's maximum page size for contacts)");
        }
        if (c.getMaxMessagesPerPoll() < 0) {
            throw new IllegalArgumentException("Invalid value " + c.getMaxMessagesPerPoll() + " for option"
                                               + " maxMessagesPerPoll; allowed values: 0 (no limit) or more");
        }
        checkSelect(c.getSelect());
        return new SyncSettings(Mailbox.of(c.getUser()), blankToNull(c.getFolder()), blankToNull(c.getSelect()),
                pageSize, changesOnly, ChangeType.parseList(c.getChangeTypes(), "changeTypes"),
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

    private static void checkSelect(String select) {
        if (select == null || select.isBlank()) {
            return;
        }
        for (String raw : select.split(",")) {
            String name = raw.trim();
            if (name.isEmpty() || ContactProperties.isKnown(name)) {
                continue;
            }
            String hint = ContactProperties.closest(name).map(n -> " (did you mean '" + n + "'?)").orElse("");
            throw new IllegalArgumentException("Invalid value '" + name + "' in option select: not a Graph contact"
                                               + " property" + hint);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
