package io.github.outlookcontacts.graph;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.outlookcontacts.model.GraphJson;

/**
 * Writes a JSON {@code $batch} request and reads its response. Sub-request URLs must be relative to the Graph root
 * (start with '/', no scheme or host), so a batch can never address another service; a body gets a
 * {@code Content-Type: application/json} header when none is given (Graph requires one).
 */
final class BatchCodec {

    static final int MAX_REQUESTS = 20;
    private static final Set<String> METHODS = Set.of("GET", "POST", "PATCH", "PUT", "DELETE");

    ObjectNode encode(List<BatchRequest> requests) {
        if (requests.size() > MAX_REQUESTS) {
            throw new IllegalArgumentException("a Graph $batch holds at most " + MAX_REQUESTS + " requests, got "
                                               + requests.size());
        }
        ObjectNode root = GraphJson.mapper().createObjectNode();
        ArrayNode array = root.putArray("requests");
        Set<String> ids = new HashSet<>();
        for (BatchRequest r : requests) {
            array.add(encode(r, ids));
        }
        return root;
    }

    private ObjectNode encode(BatchRequest r, Set<String> ids) {
        if (r.id() == null || r.id().isBlank() || !ids.add(r.id())) {
            throw new IllegalArgumentException("batch request id must be set and unique, was '" + r.id() + "'");
        }
        String method = r.method() == null ? "" : r.method().toUpperCase(Locale.ROOT);
        if (!METHODS.contains(method)) {
            throw new IllegalArgumentException("batch request " + r.id() + ": method must be one of " + METHODS
                                               + ", was '" + r.method() + "'");
        }
        String url = r.url();
        if (url == null || !url.startsWith("/") || url.startsWith("//") || url.contains("://")
            || url.contains("\\")) {
            throw new IllegalArgumentException("batch request " + r.id() + ": url must be relative to the Graph root"
                                               + " and start with '/', e.g. /me/contacts");
        }
        ObjectNode node = GraphJson.mapper().createObjectNode();
        node.put("id", r.id());
        node.put("method", method);
        node.put("url", url);
        Map<String, String> headers = new LinkedHashMap<>(r.headers() == null ? Map.of() : r.headers());
        if (r.body() != null && headers.keySet().stream().noneMatch("Content-Type"::equalsIgnoreCase)) {
            headers.put("Content-Type", GraphCaller.JSON);
        }
        if (!headers.isEmpty()) {
            ObjectNode h = node.putObject("headers");
            headers.forEach(h::put);
        }
        if (r.body() != null) {
            node.set("body", r.body());
        }
        if (r.dependsOn() != null && !r.dependsOn().isEmpty()) {
            ArrayNode deps = node.putArray("dependsOn");
            r.dependsOn().forEach(deps::add);
        }
        return node;
    }

    List<BatchResponse> decode(JsonNode envelope) {
        JsonNode responses = envelope.path("responses");
        if (!responses.isArray()) {
            throw new IllegalArgumentException("a $batch answer must hold a 'responses' array");
        }
        List<BatchResponse> out = new ArrayList<>();
        for (JsonNode r : responses) {
            Map<String, String> headers = new LinkedHashMap<>();
            r.path("headers").fields().forEachRemaining(e -> headers.put(e.getKey(), e.getValue().asText()));
            BatchResponse response = new BatchResponse(r.path("id").asText(null), r.path("status").asInt(0), headers,
                    null);
            out.add(new BatchResponse(response.id(), response.status(), headers,
                    body(r.get("body"), response.header("Content-Type"))));
        }
        return out;
    }

    /** A JSON body as it is; a base64 string whose content type is JSON decoded to JSON; anything else as text. */
    private static JsonNode body(JsonNode body, String contentType) {
        if (body == null || body.isNull() || !body.isTextual() || contentType == null
            || !contentType.toLowerCase(Locale.ROOT).contains("json")) {
            return body;
        }
        try {
            byte[] decoded = Base64.getDecoder().decode(body.asText());
            return GraphJson.mapper().readTree(new String(decoded, StandardCharsets.UTF_8));
        } catch (IllegalArgumentException | java.io.IOException notBase64Json) {
            return body;
        }
    }
}
