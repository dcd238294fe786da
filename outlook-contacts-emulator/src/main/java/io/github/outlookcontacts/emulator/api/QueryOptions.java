package io.github.outlookcontacts.emulator.api;

import io.github.outlookcontacts.emulator.store.ContactSchema;
import io.github.outlookcontacts.emulator.store.StoreException;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/** The OData query options of a contacts request: $select, $top, $skip, $filter and the extended-property $expand. */
final class QueryOptions {

    private static final Set<String> SELECTABLE_EXTRA = Set.of("id", "createdDateTime", "lastModifiedDateTime",
            "changeKey", "parentFolderId");

    final Set<String> select;
    final ODataFilter filter;
    final ODataFilter expandFilter;
    final boolean expandExtended;
    final Integer top;
    final int skip;

    private QueryOptions(Set<String> select, ODataFilter filter, boolean expandExtended, ODataFilter expandFilter,
            Integer top, int skip) {
        this.select = select;
        this.filter = filter;
        this.expandExtended = expandExtended;
        this.expandFilter = expandFilter;
        this.top = top;
        this.skip = skip;
    }

    static QueryOptions parse(Map<String, String> q) {
        Set<String> select = parseSelect(q.get("$select"));
        String f = q.get("$filter");
        ODataFilter filter = f == null || f.isBlank() ? null : ODataFilter.parse(f, ODataFilter.Root.CONTACT);
        boolean expand = false;
        ODataFilter expandFilter = null;
        String e = q.get("$expand");
        if (e != null && !e.isBlank()) {
            String trimmed = e.trim();
            int paren = trimmed.indexOf('(');
            String name = paren < 0 ? trimmed : trimmed.substring(0, paren).trim();
            if (!name.equals("singleValueExtendedProperties")) {
                throw StoreException.badRequest("BadRequest", "Parsing OData Select and Expand failed: Could not find"
                        + " a property named '" + name + "' on type 'microsoft.graph.contact'.");
            }
            expand = true;
            if (paren >= 0) {
                if (!trimmed.endsWith(")")) {
                    throw StoreException.badRequest("BadRequest", "Parsing OData Select and Expand failed.");
                }
                String inner = trimmed.substring(paren + 1, trimmed.length() - 1).trim();
                if (!inner.regionMatches(true, 0, "$filter=", 0, 8)) {
                    throw StoreException.badRequest("BadRequest", "Only $filter is supported inside $expand.");
                }
                expandFilter = ODataFilter.parse(inner.substring(8), ODataFilter.Root.EXTENDED_PROPERTY);
            }
        }
        Integer top = q.containsKey("$top") ? atLeast("$top", q.get("$top"), 1) : null;
        int skip = skip(q);
        return new QueryOptions(select, filter, expand, expandFilter, top, skip);
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
