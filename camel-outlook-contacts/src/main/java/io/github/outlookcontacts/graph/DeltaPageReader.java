package io.github.outlookcontacts.graph;

import java.io.IOException;
import java.io.InputStream;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.outlookcontacts.model.GraphJson;

/**
 * Reads a delta page with Jackson's streaming parser: each item of {@code value} is handed to the sink as soon as it
 * is parsed, so a page is never held whole in memory; the closing links may stand anywhere in the object.
 */
final class DeltaPageReader {

    private DeltaPageReader() {
    }

    static <T> DeltaPage read(InputStream body, Class<T> type, DeltaSink<T> sink) throws IOException {
        ObjectMapper mapper = GraphJson.mapper();
        String nextLink = null;
        String deltaLink = null;
        int count = 0;
        try (JsonParser parser = mapper.getFactory().createParser(body)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new IOException("a delta page must be a JSON object");
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                switch (field) {
                    case "@odata.nextLink" -> nextLink = parser.getValueAsString();
                    case "@odata.deltaLink" -> deltaLink = parser.getValueAsString();
                    case "value" -> count = readItems(parser, mapper, type, sink, value);
                    default -> parser.skipChildren();
                }
            }
        }
        if ((nextLink == null) == (deltaLink == null)) {
            throw new IOException("a delta page must end with exactly one of @odata.nextLink and @odata.deltaLink");
        }
        return new DeltaPage(nextLink, deltaLink, count);
    }

    private static <T> int readItems(JsonParser parser, ObjectMapper mapper, Class<T> type, DeltaSink<T> sink,
            JsonToken start) throws IOException {
        if (start != JsonToken.START_ARRAY) {
            throw new IOException("'value' of a delta page must be an array");
        }
        int count = 0;
        while (parser.nextToken() == JsonToken.START_OBJECT) {
            JsonNode item = mapper.readTree(parser);
            JsonNode removed = item.get("@removed");
            if (removed != null) {
                sink.removed(item.path("id").asText(), removed.path("reason").asText("deleted"));
            } else {
                sink.changed(mapper.treeToValue(item, type));
            }
            count++;
        }
        return count;
    }
}
