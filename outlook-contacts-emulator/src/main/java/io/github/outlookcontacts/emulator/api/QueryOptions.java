package io.github.outlookcontacts.emulator.api;

import io.github.outlookcontacts.emulator.store.ContactSchema;
import io.github.outlookcontacts.emulator.store.StoreException;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/** The OData query options of a contacts request: $select, $top, $skip, $filter, $orderby, $count and $expand. */
final class QueryOptions {

    private static final Set<String> SELECTABLE_EXTRA = Set.of("id", "createdDateTime", "lastModifiedDateTime",
            "changeKey", "parentFolderId");

    /** The navigation properties a contact request may {@code $expand}. */
    static final java.util.List<String> EXPANDABLE = java.util.List.of("singleValueExtendedProperties",
            "multiValueExtendedProperties", "extensions");

    final Set<String> select;
    final ODataFilter filter;
    final Map<String, ODataFilter> expand;
    final Integer top;
    final int skip;
    final Map<String, Boolean> orderBy;
    final boolean count;

    private QueryOptions(Set<String> select, ODataFilter filter, Map<String, ODataFilter> expand, Integer top,
            int skip, Map<String, Boolean> orderBy, boolean count) {
        this.select = select;
        this.filter = filter;
        this.expand = expand;
        this.orderBy = orderBy;
        this.count = count;
        this.top = top;
        this.skip = skip;
    }

    static QueryOptions parse(Map<String, String> q) {
        Set<String> select = parseSelect(q.get("$select"));
        String f = q.get("$filter");
        ODataFilter filter = f == null || f.isBlank() ? null : ODataFilter.parse(f, ODataFilter.Root.CONTACT);
        Integer top = q.containsKey("$top") ? atLeast("$top", q.get("$top"), 1) : null;
        int skip = skip(q);
        return new QueryOptions(select, filter, expand(q.get("$expand")), top, skip, orderBy(q.get("$orderby")),
                count(q.get("$count")));
    }

    /**
     * {@code $expand} of the contact's navigation properties, each with an optional {@code ($filter=...)}:
     * name to filter (null = all entries).
     */
    static Map<String, ODataFilter> expand(String value) {
        Map<String, ODataFilter> out = new LinkedHashMap<>();
        if (value == null || value.isBlank()) {
            return out;
        }
        for (String part : topLevel(value, ',')) {
            String trimmed = part.trim();
            int paren = trimmed.indexOf('(');
            String given = paren < 0 ? trimmed : trimmed.substring(0, paren).trim();
            String name = EXPANDABLE.stream().filter(n -> n.equalsIgnoreCase(given)).findFirst()
                    .orElseThrow(() -> StoreException.badRequest("BadRequest", "Parsing OData Select and Expand"
                            + " failed: Could not find a property named '" + given + "' on type"
                            + " 'microsoft.graph.contact'."));
            ODataFilter filter = null;
            if (paren >= 0) {
                if (!trimmed.endsWith(")")) {
                    throw StoreException.badRequest("BadRequest", "Parsing OData Select and Expand failed.");
                }
                String inner = trimmed.substring(paren + 1, trimmed.length() - 1).trim();
                if (!inner.regionMatches(true, 0, "$filter=", 0, 8)) {
                    throw StoreException.badRequest("BadRequest", "Only $filter is supported inside $expand.");
                }
                filter = ODataFilter.parse(inner.substring(8), ODataFilter.Root.EXTENDED_PROPERTY);
            }
            out.put(name, filter);
        }
        return out;
    }

    /** {@code $orderby=a[ asc|desc][,b ...]}: property name to descending. */
    static Map<String, Boolean> orderBy(String value) {
        Map<String, Boolean> out = new LinkedHashMap<>();
        if (value == null || value.isBlank()) {
            return out;
        }
        for (String part : value.split(",")) {
            String[] words = part.trim().split("\\s+");
            String known = canonical(words[0]);
            boolean valid = known != null && words.length <= 2 && (words.length == 1
                    || words[1].equalsIgnoreCase("asc") || words[1].equalsIgnoreCase("desc"));
            if (!valid) {
                throw StoreException.badRequest("BadRequest", "Invalid $orderby clause '" + part.trim()
                        + "': a contact property name optionally followed by asc or desc is expected.");
            }
            out.put(known, words.length == 2 && words[1].equalsIgnoreCase("desc"));
        }
        return out;
    }

    private static boolean count(String value) {
        if (value == null || value.equalsIgnoreCase("false")) {
            return false;
        }
        if (value.equalsIgnoreCase("true")) {
            return true;
        }
        throw StoreException.badRequest("BadRequest", "Invalid value '" + value + "' for query option $count;"
                + " true or false is expected.");
    }

    /** Splits on {@code sep} outside parentheses and quotes. */
    private static java.util.List<String> topLevel(String s, char sep) {
        java.util.List<String> out = new java.util.ArrayList<>();
        int depth = 0;
        boolean quoted = false;
        int start = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\'') {
                quoted = !quoted;
            } else if (!quoted && c == '(') {
                depth++;
            } else if (!quoted && c == ')') {
                depth--;
            } else if (!quoted && depth == 0 && c == sep) {
                out.add(s.substring(start, i));
                start = i + 1;
            }
        }
        out.add(s.substring(start));
        return out;
    }

    /** Null when absent (all properties); unknown names are a 400 like Graph's. */
    static Set<String> parseSelect(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        Set<String> out = new LinkedHashSet<>();
        for (String part : value.split(",")) {
            String name = part.trim();
            if (name.isEmpty()) {
                continue;
            }
            String known = canonical(name);
            if (known == null) {
                throw StoreException.badRequest("BadRequest", "Could not find a property named '" + name
                        + "' on type 'microsoft.graph.contact'.");
            }
            out.add(known);
        }
        return out.isEmpty() ? null : out;
    }

    /** Property names are matched case-insensitively like Graph's $select. */
    private static String canonical(String name) {
        for (String p : ContactSchema.WRITABLE.keySet()) {
            if (p.equalsIgnoreCase(name)) {
                return p;
            }
        }
        for (String p : SELECTABLE_EXTRA) {
            if (p.equalsIgnoreCase(name)) {
                return p;
            }
        }
        return null;
    }

    /** {@code $top}: the default when absent, at most {@code max}; 0, negative or not a number is a 400. */
    static int top(Map<String, String> q, int defaultTop, int max) {
        return Math.min(max, q.containsKey("$top") ? atLeast("$top", q.get("$top"), 1) : defaultTop);
    }

    static int skip(Map<String, String> q) {
        return q.containsKey("$skip") ? atLeast("$skip", q.get("$skip"), 0) : 0;
    }

    private static int atLeast(String name, String value, int min) {
        try {
            int v = Integer.parseInt(value.trim());
            if (v >= min) {
                return v;
            }
        } catch (NumberFormatException e) {
            // fall through
        }
        throw StoreException.badRequest("BadRequest", "Invalid value '" + value + "' for query option " + name
                + "; an integer of at least " + min + " is expected.");
    }
}
