package io.github.outlookcontacts.graph;

/**
 * Optional OData query options for reads. {@code filter} must already be a well-formed OData expression whose
 * string literals were built with {@link GraphPaths#odataString(String)}.
 *
 * @param select comma-separated property names, or null
 * @param filter an OData {@code $filter} expression, or null
 * @param expand an OData {@code $expand} expression, or null
 * @param top    page size for lists ({@code $top}), or null
 */
public record ContactQuery(String select, String filter, String expand, Integer top) {

    public static final ContactQuery NONE = new ContactQuery(null, null, null, null);

    public static ContactQuery select(String select) {
        return new ContactQuery(select, null, null, null);
    }
}
