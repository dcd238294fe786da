package io.github.outlookcontacts.emulator.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.outlookcontacts.emulator.http.ApiHandler;
import io.github.outlookcontacts.emulator.http.ApiRequest;
import io.github.outlookcontacts.emulator.http.ApiResponse;
import io.github.outlookcontacts.emulator.store.Json;
import io.github.outlookcontacts.emulator.store.StoreException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * {@code POST /v1.0/$batch}: validates the envelope (at most 20 requests, unique ids, Content-Type with bodies, known
 * dependencies), runs sub-requests sequentially in dependency order through the sub-request pipeline and answers 424
 * for dependents of failed requests.
 */
final class BatchHandler {

    static final int MAX_REQUESTS = 20;
    private static final List<String> INHERITED_HEADERS = List.of("Authorization", "Host", "X-Emulator-Base-Url",
            "client-request-id");

    private final Supplier<ApiHandler> pipeline;

    BatchHandler(Supplier<ApiHandler> pipeline) {
        this.pipeline = pipeline;
    }

    ApiResponse handle(ApiRequest batch) {
        List<SubRequest> requests = parse(batch.body());
        Map<String, Integer> status = new HashMap<>();
        ArrayNode responses = Json.MAPPER.createArrayNode();
        for (SubRequest sub : order(requests)) {
            boolean failedDependency = sub.dependsOn.stream().anyMatch(d -> status.get(d) >= 400);
            ObjectNode out = responses.addObject();
            out.put("id", sub.id);
            if (failedDependency) {
                status.put(sub.id, 424);
                out.put("status", 424);
                out.set("body", Json.MAPPER.createObjectNode().set("error", Json.MAPPER.createObjectNode()
                        .put("code", "BadRequest").put("message", "Failed dependency")));
                continue;
            }
            ApiResponse r = run(sub.toRequest(batch));
            status.put(sub.id, r.status());
            out.put("status", r.status());
            ObjectNode headers = out.putObject("headers");
            r.headers().forEach(headers::put);
            writeBody(out, r);
        }
        ObjectNode envelope = Json.MAPPER.createObjectNode();
        envelope.set("responses", responses);
        return ApiResponse.json(200, Json.bytes(envelope));
    }

    /** One sub-request; a failure inside the pipeline becomes that entry's 500, never the whole batch's. */
    private ApiResponse run(ApiRequest request) {
        try {
            ApiResponse r = pipeline.get().handle(request);
            return r != null ? r : ApiResponse.error(500, "generalException", "No response for the sub-request.");
        } catch (RuntimeException e) {
            return ApiResponse.error(500, "generalException", "An internal server error occurred ("
                    + e.getClass().getSimpleName() + ").");
        }
    }

    private static void writeBody(ObjectNode out, ApiResponse r) {
        if (r.body().length == 0) {
            return;
        }
        String type = r.headers().getOrDefault("Content-Type", "").toLowerCase(Locale.ROOT);
        if (type.contains("json")) {
            try {
                out.set("body", Json.MAPPER.readTree(r.body()));
                return;
            } catch (java.io.IOException e) {
                // not JSON after all: send it base64-encoded like binary content
            }
        }
        out.put("body", Base64.getEncoder().encodeToString(r.body()));
    }

    private record SubRequest(String id, String method, String url, Map<String, String> headers, JsonNode body,
            List<String> dependsOn) {

        ApiRequest toRequest(ApiRequest batch) {
            String relative = url.startsWith("/") ? url.substring(1) : url;
            int q = relative.indexOf('?');
            String path = "/v1.0/" + (q < 0 ? relative : relative.substring(0, q));
            String query = q < 0 ? null : relative.substring(q + 1);
            Map<String, List<String>> h = new LinkedHashMap<>();
            for (String name : INHERITED_HEADERS) {
                String v = batch.header(name);
                if (v != null) {
                    h.put(name, List.of(v));
                }
            }
            headers.forEach((k, v) -> h.put(k, List.of(v)));
            return new ApiRequest(method, path, query, h, bodyBytes(), batch.principal());
        }

        private byte[] bodyBytes() {
            if (body == null || body.isNull()) {
                return new byte[0];
            }
            String type = headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase("Content-Type"))
                    .map(Map.Entry::getValue).findFirst().orElse("").toLowerCase(Locale.ROOT);
            if (body.isTextual() && !type.contains("json")) {
                try {
                    return Base64.getDecoder().decode(body.asText());
                } catch (IllegalArgumentException e) {
                    return body.asText().getBytes(StandardCharsets.UTF_8);
                }
            }
            return Json.bytes(body);
        }
    }

    private static List<SubRequest> parse(byte[] body) {
        ObjectNode root = Json.parseBody(body);
        JsonNode list = root.get("requests");
        if (list == null || !list.isArray() || list.isEmpty()) {
            throw invalid("The batch request must contain a non-empty 'requests' array.");
        }
        if (list.size() > MAX_REQUESTS) {
            throw invalid("Number of batch request steps exceeds the maximum of " + MAX_REQUESTS + ".");
        }
        Map<String, SubRequest> byId = new LinkedHashMap<>();
        for (JsonNode r : list) {
            String id = r.path("id").asText("");
            String method = r.path("method").asText("").toUpperCase(Locale.ROOT);
            String url = r.path("url").asText("");
            if (id.isEmpty() || method.isEmpty() || url.isEmpty()) {
                throw invalid("Every batch request needs 'id', 'method' and 'url'.");
            }
            if (url.startsWith("http:") || url.startsWith("https:")) {
                throw invalid("Batch request urls must be relative; '" + url + "' is absolute.");
            }
            if (byId.containsKey(id)) {
                throw invalid("Batch request ids must be unique; '" + id + "' is duplicated.");
            }
            Map<String, String> headers = new LinkedHashMap<>();
            r.path("headers").properties().forEach(e -> headers.put(e.getKey(), e.getValue().asText()));
            JsonNode b = r.get("body");
            boolean hasBody = b != null && !b.isNull();
            if (hasBody && headers.keySet().stream().noneMatch(k -> k.equalsIgnoreCase("Content-Type"))) {
                throw invalid("Write request id : " + id + " does not contain Content-Type header or body.");
            }
            List<String> deps = new ArrayList<>();
            for (JsonNode d : r.path("dependsOn")) {
                deps.add(d.asText());
            }
            byId.put(id, new SubRequest(id, method, url, headers, b, deps));
        }
        for (SubRequest s : byId.values()) {
            for (String d : s.dependsOn) {
                if (!byId.containsKey(d) || d.equals(s.id)) {
                    throw invalid("Request id " + s.id + " depends on unknown request id '" + d + "'.");
                }
            }
        }
        return new ArrayList<>(byId.values());
    }

    /** Dependency order, keeping request order otherwise; a cycle is a 400. */
    private static List<SubRequest> order(List<SubRequest> requests) {
        List<SubRequest> out = new ArrayList<>();
        List<SubRequest> pending = new ArrayList<>(requests);
        java.util.Set<String> done = new java.util.HashSet<>();
        while (!pending.isEmpty()) {
            SubRequest next = pending.stream().filter(s -> done.containsAll(s.dependsOn)).findFirst()
                    .orElseThrow(() -> invalid("The dependsOn graph of the batch contains a cycle."));
            pending.remove(next);
            done.add(next.id);
            out.add(next);
        }
        return out;
    }

    private static StoreException invalid(String message) {
        return StoreException.badRequest("BadRequest", message);
    }
}
