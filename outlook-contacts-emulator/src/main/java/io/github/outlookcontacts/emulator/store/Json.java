package io.github.outlookcontacts.emulator.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;

/** The emulator's one Jackson mapper and byte/tree conversions. */
public final class Json {

    public static final ObjectMapper MAPPER = new ObjectMapper();

    private Json() {
    }

    public static ObjectNode object(byte[] json) {
        try {
            return (ObjectNode) MAPPER.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static com.fasterxml.jackson.databind.node.ArrayNode array(byte[] json) {
        try {
            return (com.fasterxml.jackson.databind.node.ArrayNode) MAPPER.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] bytes(JsonNode node) {
        try {
            return MAPPER.writeValueAsBytes(node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses a request body; anything but a JSON object is a 400 like Graph's. */
    public static ObjectNode parseBody(byte[] body) {
        try {
            JsonNode node = body.length == 0 ? null : MAPPER.readTree(body);
            if (node instanceof ObjectNode obj) {
                return obj;
            }
        } catch (IOException e) {
            // fall through
        }
        throw StoreException.badRequest("BadRequest", "Empty Payload, JSON content expected.");
    }
}
