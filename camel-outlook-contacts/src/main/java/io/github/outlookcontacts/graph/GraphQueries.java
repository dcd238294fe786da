package io.github.outlookcontacts.graph;

import java.util.StringJoiner;

/**
 * Builds encoded OData query strings ({@code $select}, {@code $filter}, {@code $expand}, {@code $top}).
 */
final class GraphQueries {

    private GraphQueries() {
    }

    static String of(ContactQuery query) {
        if (query == null) {
            return null;
        }
        StringJoiner q = new StringJoiner("&");
        add(q, "$select", query.select());
        add(q, "$filter", query.filter());
        add(q, "$expand", query.expand());
        if (query.top() != null) {
            q.add("$top=" + query.top());
        }
        return q.length() == 0 ? null : q.toString();
    }

    /** {@code $select} for delta: the engine always needs changeKey to tell changed from unchanged. */
    static String deltaSelect(String select) {
        if (select == null || select.isBlank()) {
            return null;
        }
        String s = select.replace(" ", "");
        return ("," + s + ",").contains(",changeKey,") ? "$select=" + GraphPaths.queryValue(s)
                : "$select=" + GraphPaths.queryValue(s + ",changeKey");
    }

    private static void add(StringJoiner q, String name, String value) {
        if (value != null && !value.isBlank()) {
            q.add(name + "=" + GraphPaths.queryValue(value));
        }
    }
}
