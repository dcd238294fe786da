package io.github.outlookcontacts.graph;

/**
 * Optional OData query options for reads. {@code filter} must already be a well-formed OData expression whose
 * string literals were built with {@link GraphPaths#odataString(String)}.
 *
 * @param select  comma-separated property names, or null
 * @param filter  an OData {@code $filter} expression, or null
 * @param expand  an OData {@code $expand} expression, or null
 * @param top     page size for lists ({@code $top}, at most 1000), or null for Graph's default of 10
 * @param orderBy an OData {@code $orderby} (contact property names, each optionally {@code asc}/{@code desc}), or null
 * @param skip    items to skip first ({@code $skip}), or null
 * @param count   ask for {@code @odata.count} ({@code $count=true})
 */
public record ContactQuery(String select, String filter, String expand, Integer top, String orderBy, Integer skip,
        boolean count) {

    public static final ContactQuery NONE = new ContactQuery(null, null, null, null);

    public ContactQuery(String select, String filter, String expand, Integer top) {
        this(select, filter, expand, top, null, null, false);
    }

    public static ContactQuery select(String select) {
        return new ContactQuery(select, null, null, null);
    }
}
