package io.github.outlookcontacts.graph;

import java.io.IOException;
import java.io.InputStream;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import io.github.outlookcontacts.model.GraphEntity;
import io.github.outlookcontacts.model.GraphObject;
import io.github.outlookcontacts.model.GraphJson;

/**
 * Reads one OData collection page with Jackson's streaming parser: each {@code value} item is bound straight from
 * the parser's tokens to the model (no intermediate tree) and handed to the sink at once ({@code @removed} entries to
 * {@link DeltaSink#removed}, others to {@link DeltaSink#changed}), so only one item is in memory at a time.
 * Properties the model does not know, {@code @removed} among them, land in {@link GraphObject}'s additional
 * properties. {@code @odata.nextLink} and {@code @odata.deltaLink} are picked up wherever they sit in the object,
 * before or after {@code value}. The body is read to its end (only whitespace may follow the page), so the transport
 * sees the whole response consumed and keeps the connection for the next page instead of opening a new one.
 */
final class DeltaPageReader {

    private static final String REMOVED = "@removed";

    private final ObjectMapper mapper = GraphJson.mapper();

    <T extends GraphObject & GraphEntity> DeltaPage read(InputStream body, Class<T> type, DeltaSink<T> sink)
            throws IOException {
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
                    case "value" -> count += readItems(parser, token, mapper.readerFor(type), sink);
                    case "@odata.nextLink" -> nextLink = text(parser, token, field);
                    case "@odata.deltaLink" -> deltaLink = text(parser, token, field);
                    case "@odata.count" -> odataCount = token.isNumeric() ? parser.getLongValue() : null;
                    default -> parser.skipChildren();
                }
            }
            if (parser.currentToken() != JsonToken.END_OBJECT) {
                throw new IOException("a Graph collection page ended unexpectedly");
            }
            if (parser.nextToken() != null) {
                throw new IOException("a Graph collection page has content after its end");
            }
        }
        // Graph never sends both; if it did, keep paging so no page is skipped.
        return new DeltaPage(nextLink, nextLink != null ? null : deltaLink, count, odataCount);
    }

    private static <T extends GraphObject & GraphEntity> int readItems(JsonParser parser, JsonToken token,
            ObjectReader reader, DeltaSink<T> sink) throws IOException {
        if (token != JsonToken.START_ARRAY) {
            throw new IOException("'value' of a Graph collection page must be an array, was " + token);
        }
        int count = 0;
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            if (parser.currentToken() == null) {
                throw new IOException("a Graph collection page ended inside 'value'");
            }
            if (parser.currentToken() != JsonToken.START_OBJECT) {
                throw new IOException("an item of 'value' is not a JSON object");
            }
            // Binds from START_OBJECT to its END_OBJECT, leaving the parser on the item's last token.
            T item = reader.readValue(parser);
            JsonNode removed = item.getAdditionalProperty(REMOVED);
            if (removed != null) {
                JsonNode reason = removed.get("reason");
                sink.removed(item.getId(), reason == null || reason.isNull() ? null : reason.asText());
            } else {
                sink.changed(item);
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
