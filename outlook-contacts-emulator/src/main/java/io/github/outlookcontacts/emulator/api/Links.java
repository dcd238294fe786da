package io.github.outlookcontacts.emulator.api;

import java.util.StringJoiner;

/** Builds paging query strings from the request's own (still encoded) query. */
final class Links {

    private Links() {
    }

    /** The raw query with {@code $skip} replaced by the given value. */
    static String withSkip(String rawQuery, int skip) {
        return with(rawQuery, "skip", Integer.toString(skip));
    }

    /** The raw query with the system query option {@code $<option>} replaced by the given value. */
    static String with(String rawQuery, String option, String value) {
        StringJoiner out = new StringJoiner("&");
        if (rawQuery != null) {
            for (String pair : rawQuery.split("&")) {
                String name = pair.contains("=") ? pair.substring(0, pair.indexOf('=')) : pair;
                if (!pair.isEmpty() && !name.equalsIgnoreCase("$" + option) && !name.equalsIgnoreCase("%24" + option)) {
                    out.add(pair);
                }
            }
        }
        out.add("$" + option + "=" + value);
        return out.toString();
    }
}
