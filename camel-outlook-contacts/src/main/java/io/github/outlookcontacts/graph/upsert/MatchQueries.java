package io.github.outlookcontacts.graph.upsert;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;

import io.github.outlookcontacts.graph.ContactQuery;
import io.github.outlookcontacts.graph.GraphPaths;

/**
 * The server-side {@code $filter} / {@code $expand} that find an upsert's existing contact. Every value is an OData
 * string literal built by {@link GraphPaths#odataString}, so a value containing {@code '} cannot alter the filter.
 */
public final class MatchQueries {

    private MatchQueries() {
    }

    /** {@code singleValueExtendedProperties/any(ep: ep/id eq '<property>' and ep/value eq '<value>')}. */
    public static String externalIdFilter(String propertyId, String value) {
        return "singleValueExtendedProperties/any(ep: ep/id eq " + GraphPaths.odataString(propertyId)
               + " and ep/value eq " + GraphPaths.odataString(value) + ")";
    }

    /** {@code emailAddresses/any(a:a/address eq '<address>')} (Graph compares addresses ignoring case). */
    public static String emailFilter(String address) {
        return "emailAddresses/any(a:a/address eq " + GraphPaths.odataString(address.trim()) + ")";
    }

    /**
     * {@code singleValueExtendedProperties($filter=id eq '<p1>' or id eq '<p2>')}: filtered reads do not return
     * extended properties unless expanded.
     */
    public static String expandExtendedProperties(Collection<String> propertyIds) {
        Set<String> ids = new LinkedHashSet<>(propertyIds);
        return "singleValueExtendedProperties($filter="
               + ids.stream().map(id -> "id eq " + GraphPaths.odataString(id)).collect(Collectors.joining(" or "))
               + ")";
    }

    /**
     * The read that finds the contact(s) matching {@code key}; {@code extendedPropertyIds} are the extended
     * properties to compare (the external id property is always among them for an external-id key).
     */
    public static ContactQuery lookup(UpsertKey key, String externalIdProperty, Collection<String> extendedPropertyIds) {
        Set<String> expand = new LinkedHashSet<>();
        String filter;
        if (key.kind() == UpsertKey.Kind.EXTERNAL_ID) {
            filter = externalIdFilter(externalIdProperty, key.value());
            expand.add(externalIdProperty);
        } else {
            filter = emailFilter(key.value());
        }
        expand.addAll(extendedPropertyIds);
        return new ContactQuery(null, filter, expand.isEmpty() ? null : expandExtendedProperties(expand), null);
    }

    /** The query string for {@code query}, each value percent-encoded, starting with {@code ?} (or empty). */
    public static String queryString(ContactQuery query) {
        StringBuilder sb = new StringBuilder();
        append(sb, "$select", query.select());
        append(sb, "$filter", query.filter());
        append(sb, "$expand", query.expand());
        append(sb, "$top", query.top() == null ? null : query.top().toString());
        return sb.toString();
    }

    private static void append(StringBuilder sb, String name, String value) {
        if (value != null) {
            sb.append(sb.length() == 0 ? '?' : '&').append(name).append('=').append(GraphPaths.queryValue(value));
        }
    }
}
