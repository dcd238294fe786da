package io.github.outlookcontacts.sync;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What happened to a contact, as the route sees it: {@code created}, {@code updated} or {@code deleted}.
 */
public enum ChangeType {
    CREATED("created"),
    UPDATED("updated"),
    DELETED("deleted");

    private final String value;

    ChangeType(String value) {
        this.value = value;
    }

    /** The lower-case name used in headers and options. */
    public String value() {
        return value;
    }

    /**
     * Parses a comma-separated list such as {@code created,deleted}; blank means all. Unknown names fail naming the
     * option and the allowed values.
     */
    public static Set<ChangeType> parseList(String csv, String option) {
        if (csv == null || csv.isBlank()) {
            return EnumSet.allOf(ChangeType.class);
        }
        Set<ChangeType> types = EnumSet.noneOf(ChangeType.class);
        for (String part : csv.split(",")) {
            String name = part.trim().toLowerCase(Locale.ROOT);
            if (name.isEmpty()) {
                continue;
            }
            types.add(Arrays.stream(values()).filter(t -> t.value.equals(name)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("Invalid value '" + part.trim() + "' in option "
                                                                    + option + "; allowed values: " + allowed())));
        }
        if (types.isEmpty()) {
            throw new IllegalArgumentException("Option " + option + " names no change type; allowed values: "
                                               + allowed());
        }
        return types;
    }

    private static String allowed() {
        return Arrays.stream(values()).map(ChangeType::value).collect(Collectors.joining(", "));
    }
}
