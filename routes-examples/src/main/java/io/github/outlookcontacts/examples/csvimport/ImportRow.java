package io.github.outlookcontacts.examples.csvimport;

import java.util.Map;

/**
 * A CSV row ready for {@code upsert}: the contact in Graph's shape, carrying its external id as the single-value
 * extended property the upsert matches on, and the line it came from (for the error file).
 *
 * @param line       the line number in the CSV file (the header is line 1)
 * @param externalId the row's key in the source system
 * @param contact    the contact as Graph JSON properties
 */
public record ImportRow(long line, String externalId, Map<String, Object> contact) {
}
