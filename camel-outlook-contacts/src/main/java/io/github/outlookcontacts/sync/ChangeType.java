package io.github.outlookcontacts.sync;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * What happened to a contact, as the consumer reports it.
 */
public enum ChangeType {
    CREATED,
    UPDATED,
    DELETED;

    /** The value used in headers and options: {@code created}, {@code updated}, {@code deleted}. */
    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses a comma-separated list such as {@code created,deleted}, naming {@code option} on a bad value. */
    public static Set<ChangeType> parseList(String list, String option) {
        Set<ChangeType> types = EnumSet.noneOf(ChangeType.class);
        for (String part : list == null ? new String[0] : list.split(",")) {
            String v = part.trim();
            if (v.isEmpty()) {
                continue;
            }
            try {
                types.add(valueOf(v.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(option + " contains '" + v
                                                   + "'; allowed values are created, updated, deleted");
            }
        }
        if (types.isEmpty()) {
            throw new IllegalArgumentException(option + " must name at least one of created, updated, deleted");
        }
        return types;
    }
}
