package io.github.outlookcontacts.camel;

import java.util.LinkedHashSet;
import io.github.outlookcontacts.camel.producer.ExpandOption;
import java.util.Locale;
import java.util.Set;

import io.github.outlookcontacts.camel.push.PushOptions;
import io.github.outlookcontacts.graph.Mailbox;
import io.github.outlookcontacts.model.ContactProperties;
import io.github.outlookcontacts.sync.ChangeScreen;
import io.github.outlookcontacts.sync.ChangeType;
import io.github.outlookcontacts.sync.FieldDiff;
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
        screenSettings(consumer);
        c.deleteLimit();
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

    /** The two-way sync settings: diff, ignoreFields, diffPhoto, ignoreOwnWrites. */
    static ChangeScreen.Settings screenSettings(ConsumerConfiguration consumer) {
        FieldDiff.Mode diff = diffMode(consumer.getDiff());
        Set<String> ignored = new LinkedHashSet<>();
        String list = consumer.getIgnoreFields() == null ? "" : consumer.getIgnoreFields();
        for (String name : list.split(",")) {
            String field = name.trim();
            if (field.isEmpty()) {
                continue;
            }
            if (!ContactProperties.isKnown(field)) {
                throw new IllegalArgumentException("Invalid value '" + field + "' in option ignoreFields: not a Graph"
                        + " contact property" + ContactProperties.closest(field).map(c -> " (did you mean " + c + "?)")
                                .orElse(""));
            }
            ignored.add(field);
        }
        if (consumer.isDiffPhoto() && diff == null) {
            throw new IllegalArgumentException("Option diffPhoto=true needs diff=fields or diff=values");
        }
        return new ChangeScreen.Settings(consumer.isIgnoreOwnWrites(), diff, Set.copyOf(ignored),
                consumer.isDiffPhoto());
    }

    private static FieldDiff.Mode diffMode(String value) {
        String v = value == null ? "" : value.trim();
        return switch (v) {
            case "", "none" -> null;
            case "fields" -> FieldDiff.Mode.FIELDS;
            case "values" -> FieldDiff.Mode.VALUES;
            default -> throw new IllegalArgumentException("Invalid value '" + value + "' for option diff; allowed"
                                                          + " values: none, fields, values");
        };
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
