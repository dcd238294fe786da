package io.github.outlookcontacts.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The one Jackson configuration for Graph JSON (camelCase, unknown properties tolerated, nulls omitted) and small
 * helpers around it. Parse failures become {@link IllegalArgumentException}s naming the target type.
 */
public final class GraphJson {

    private static final TypeReference<Map<String, Object>> MAP_TYPE = new TypeReference<>() {
    };

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            // Null bean properties are omitted, but null values inside maps are kept (a Map body may clear a field).
            .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_NULL,
                    JsonInclude.Include.ALWAYS))
            .build();

    private GraphJson() {
    }

    /** The shared mapper; it is thread-safe, do not reconfigure it. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    public static String toJson(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Cannot write " + typeName(value) + " as JSON: " + e.getOriginalMessage(),
                    e);
        }
    }

    public static byte[] toJsonBytes(Object value) {
        try {
            return MAPPER.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Cannot write " + typeName(value) + " as JSON: " + e.getOriginalMessage(),
                    e);
        }
    }

    public static <T> T fromJson(String json, Class<T> type) {
        try {
            return MAPPER.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw invalid(type, e);
        }
    }

    public static <T> T fromJson(byte[] json, Class<T> type) {
        try {
            return MAPPER.readValue(json, type);
        } catch (IOException e) {
            throw invalid(type, e);
        }
    }

    /** Reads a stream fully (it is not closed); an I/O failure is an {@link UncheckedIOException}. */
    public static <T> T fromJson(InputStream json, Class<T> type) {
        try {
            return MAPPER.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw invalid(type, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static JsonNode readTree(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw invalid(JsonNode.class, e);
        }
    }

    public static JsonNode toTree(Object value) {
        return MAPPER.valueToTree(value);
    }

    /** A DTO (or Map) as a JSON object node. */
    public static ObjectNode toObjectNode(Object value) {
        JsonNode node = toTree(value);
        if (!(node instanceof ObjectNode object)) {
            throw new IllegalArgumentException("Expected a JSON object but " + typeName(value) + " is a "
                                               + node.getNodeType());
        }
        return object;
    }

    public static <T> T fromTree(JsonNode node, Class<T> type) {
        try {
            return MAPPER.treeToValue(node, type);
        } catch (JsonProcessingException e) {
            throw invalid(type, e);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Not a valid " + type.getSimpleName() + ": " + e.getMessage(), e);
        }
    }

    /** A DTO as a plain map (camelCase keys, nested maps and lists), as Graph would send it. */
    public static Map<String, Object> toMap(Object value) {
        return MAPPER.convertValue(value, MAP_TYPE);
    }

    /** A plain map (e.g. a route's body) as a DTO; unknown keys are kept by the DTO. */
    public static <T> T fromMap(Map<String, ?> map, Class<T> type) {
        try {
            return MAPPER.convertValue(map, type);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Not a valid " + type.getSimpleName() + ": " + e.getMessage(), e);
        }
    }

    private static IllegalArgumentException invalid(Class<?> type, IOException e) {
        String detail = e instanceof JsonProcessingException jpe ? jpe.getOriginalMessage() : e.getMessage();
        return new IllegalArgumentException("Not valid JSON for " + type.getSimpleName() + ": " + detail, e);
    }

    private static String typeName(Object value) {
        return value == null ? "null" : value.getClass().getSimpleName();
    }
}
