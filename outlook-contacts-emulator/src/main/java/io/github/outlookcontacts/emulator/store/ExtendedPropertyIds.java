package io.github.outlookcontacts.emulator.store;

import java.util.Locale;

/**
 * Compares extended property ids like Exchange: type and property-set GUID ignore case, the {@code Name} part does
 * not (e.g. {@code String {66f5a359-...} Name CamelExternalId}).
 */
public final class ExtendedPropertyIds {

    private ExtendedPropertyIds() {
    }

    public static boolean same(String a, String b) {
        if (a == null || b == null) {
            return false;
        }
        return canonical(a).equals(canonical(b));
    }

    static String canonical(String id) {
        String trimmed = id.trim().replaceAll("\\s+", " ");
        int name = indexOfIgnoreCase(trimmed, " name ");
        if (name < 0) {
            return trimmed.toLowerCase(Locale.ROOT);
        }
        return trimmed.substring(0, name).toLowerCase(Locale.ROOT) + " name " + trimmed.substring(name + 6);
    }

    private static int indexOfIgnoreCase(String s, String part) {
        return s.toLowerCase(Locale.ROOT).indexOf(part);
    }
}
