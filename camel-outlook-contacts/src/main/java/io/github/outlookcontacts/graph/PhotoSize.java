package io.github.outlookcontacts.graph;

import java.util.List;
import java.util.Locale;

/**
 * The HD sizes Microsoft 365 serves a user photo in ({@code profilephoto-get.md}): {@code 48x48} to {@code 648x648}.
 * A contact's photo has one size only: Graph v1.0 has no {@code photos/{size}} for contacts.
 */
public final class PhotoSize {

    public static final List<String> ALLOWED = List.of("48x48", "64x64", "96x96", "120x120", "240x240", "360x360",
            "432x432", "504x504", "648x648");

    private PhotoSize() {
    }

    /** The size in Graph's spelling ({@code 48X48} and {@code 48x48} are the same); null stays null (the largest). */
    public static String normalized(String size, String what) {
        if (size == null || size.isBlank()) {
            return null;
        }
        String s = size.trim().toLowerCase(Locale.ROOT);
        if (!ALLOWED.contains(s)) {
            throw new IllegalArgumentException(what + ": '" + size + "' is not a photo size Graph serves; allowed"
                    + " values are " + String.join(", ", ALLOWED) + " (absent = the largest available)");
        }
        return s;
    }
}
