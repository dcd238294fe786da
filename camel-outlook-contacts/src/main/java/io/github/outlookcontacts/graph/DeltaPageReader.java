package io.github.outlookcontacts.graph;

import java.io.IOException;
import java.io.InputStream;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.outlookcontacts.model.GraphJson;

/**
 * Reads one OData collection page with Jackson's streaming parser: each {@code value} item is parsed on its own and
 * handed to the sink at once ({@code @removed} entries to {@link DeltaSink#removed}, others to
 * {@link DeltaSink#changed}), so only one item is in memory at a time. {@code @odata.nextLink} and
 * {@code @odata.deltaLink} are picked up wherever they sit in the object, before or after {@code value}.
 */
final class DeltaPageReader {

    private final ObjectMapper mapper = GraphJson.mapper();

    <T> DeltaPage read(InputStream body, Class<T> type, DeltaSink<T> sink) throws IOException {
        String nextLink = null;
        String deltaLink = null;
        int count = 0;
        Long odataCount = null;
        try (JsonParser parser = mapper.getFactory().createParser(body)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new IOException("a Graph collection page must be a JSON object");
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken token = parser.nextToken();
                switch (field) {
                    case "value" -> count += readItems(parser, token, type, sink);
                    case "@odata.nextLink" -> nextLink = text(parser, token, field);
                    case "@odata.deltaLink" -> deltaLink = text(parser, token, field);
                    case "@odata.count" -> odataCount = token.isNumeric() ? parser.getLongValue() : null;
                    default -> parser.skipChildren();
                }
            }
            if (parser.currentToken() != JsonToken.END_OBJECT) {
                throw new IOException("a Graph collection page ended unexpectedly");
            }
        }
        // Graph never sends both; if it did, keep paging so no page is skipped.
        return new DeltaPage(nextLink, nextLink != null ? null : deltaLink, count, odataCount);
    }

    private <T> int readItems(JsonParser parser, JsonToken token, Class<T> type, DeltaSink<T> sink)
            throws IOException {
        if (token != JsonToken.START_ARRAY) {
            throw new IOException("'value' of a Graph collection page must be an array, was " + token);
        }
        int count = 0;
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            if (parser.currentToken() == null) {
                throw new IOException("a Graph collection page ended inside 'value'");
            }
            JsonNode item = mapper.readTree(parser);
            if (!item.isObject()) {
                throw new IOException("an item of 'value' is not a JSON object");
            }
            JsonNode removed = item.get("@removed");
            if (removed != null) {
                JsonNode reason = removed.get("reason");
                sink.removed(item.path("id").asText(null), reason == null || reason.isNull() ? null : reason.asText());
            } else {
                sink.changed(mapper.treeToValue(item, type));
            }
            count++;
        }
        return count;
    }

    private static String text(JsonParser parser, JsonToken token, String field) throws IOException {
        if (token == JsonToken.VALUE_NULL) {
            return null;
        }
        if (token != JsonToken.VALUE_STRING) {
            throw new IOException("'" + field + "' must be a string");
        }
        return parser.getText();
    }
}
