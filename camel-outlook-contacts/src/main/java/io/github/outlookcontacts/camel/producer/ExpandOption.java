package io.github.outlookcontacts.camel.producer;

import java.util.List;

/**
 * Checks the {@code expand} option before anything is sent: comma-separated navigation properties of a contact,
 * each optionally with {@code ($filter=...)}, among the ones Graph expands on contacts.
 */
public final class ExpandOption {

    public static final List<String> EXPANDABLE = List.of("singleValueExtendedProperties",
            "multiValueExtendedProperties", "extensions");

    private ExpandOption() {
    }

    /** The option trimmed, null when blank; an unknown name fails naming the option and the allowed names. */
    public static String check(String expand) {
        problem(expand).ifPresent(p -> {
            throw new IllegalArgumentException(p);
        });
        return expand == null || expand.isBlank() ? null : expand.trim();
    }

    /** Why the option is not valid, if it is not. */
    public static java.util.Optional<String> problem(String expand) {
        if (expand == null || expand.isBlank()) {
            return java.util.Optional.empty();
        }
        int depth = 0;
        int start = 0;
        String s = expand.trim();
        for (int i = 0; i <= s.length(); i++) {
            char c = i < s.length() ? s.charAt(i) : ',';
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == ',' && depth == 0) {
                String part = s.substring(start, i).trim();
                int paren = part.indexOf('(');
                String name = (paren < 0 ? part : part.substring(0, paren)).trim();
                if (!EXPANDABLE.contains(name)) {
                    return java.util.Optional.of("Invalid value '" + name + "' in option expand; allowed: "
                            + String.join(", ", EXPANDABLE) + ", each optionally with ($filter=id eq '...')");
                }
                start = i + 1;
            }
        }
        return java.util.Optional.empty();
    }
}
