package io.github.outlookcontacts.emulator.api;

import java.util.StringJoiner;

/** Builds paging query strings from the request's own (still encoded) query. */
final class Links {

    private Links() {
    }

    /** The raw query with {@code $skip} replaced by the given value. */
    static String withSkip(String rawQuery, int skip) {
        StringJoiner out = new StringJoiner("&");
        if (rawQuery != null) {
            for (String pair : rawQuery.split("&")) {
                String name = pair.contains("=") ? pair.substring(0, pair.indexOf('=')) : pair;
                if (!pair.isEmpty() && !name.equalsIgnoreCase("$skip") && !name.equalsIgnoreCase("%24skip")) {
                    out.add(pair);
                }
            }
        }
        out.add("$skip=" + skip);
        return out.toString();
    }
}
