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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;

/**
 * {@code POST /v1.0/$batch}: validates the envelope (at most 20 requests, unique ids, Content-Type with bodies, known
 * dependencies; ids compared without regard to case), runs up to four sub-requests at a time through the
 * sub-request pipeline, each once its dependencies are done, and answers 424 for dependents of failed requests.
 */
final class BatchHandler {

    static final int MAX_REQUESTS = 20;
    private static final List<String> INHERITED_HEADERS = List.of("Authorization", "Host", "X-Emulator-Base-Url",
            "client-request-id");

    /** Graph runs at most this many sub-requests of one batch at a time against Outlook (throttling-limits.md). */
    static final int PARALLEL = 4;
    private static final ExecutorService WORKERS = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "emulator-batch");
        t.setDaemon(true);
        return t;
    });

    private final Supplier<ApiHandler> pipeline;

    BatchHandler(Supplier<ApiHandler> pipeline) {
        this.pipeline = pipeline;
    }

    ApiResponse handle(ApiRequest batch) {
        List<SubRequest> requests = order(parse(batch.body()));
        Semaphore slots = new Semaphore(PARALLEL);
        Map<String, CompletableFuture<ObjectNode>> results = new LinkedHashMap<>();
        for (SubRequest sub : requests) {
            List<CompletableFuture<ObjectNode>> deps = sub.dependsOn.stream().map(d -> results.get(key(d))).toList();
            CompletableFuture<ObjectNode> result = CompletableFuture.allOf(deps.toArray(new CompletableFuture[0]))
                    .thenApplyAsync(done -> {
                        if (deps.stream().anyMatch(d -> d.join().path("status").asInt() >= 400)) {
                            return failedDependency(sub.id);
                        }
                        slots.acquireUninterruptibly();
                        try {
                            return entry(sub.id, run(sub.toRequest(batch)));
                        } finally {
                            slots.release();
                        }
                    }, WORKERS);
            results.put(key(sub.id), result);
        }
        ArrayNode responses = Json.MAPPER.createArrayNode();
        results.values().forEach(f -> responses.add(f.join()));
        ObjectNode envelope = Json.MAPPER.createObjectNode();
        envelope.set("responses", responses);
        return ApiResponse.json(200, Json.bytes(envelope));
    }

    private static ObjectNode failedDependency(String id) {
        ObjectNode out = Json.MAPPER.createObjectNode();
        out.put("id", id);
        out.put("status", 424);
        out.set("body", Json.MAPPER.createObjectNode().set("error", Json.MAPPER.createObjectNode()
                .put("code", "BadRequest").put("message", "Failed dependency")));
        return out;
    }

    private static ObjectNode entry(String id, ApiResponse r) {
        ObjectNode out = Json.MAPPER.createObjectNode();
        out.put("id", id);
        out.put("status", r.status());
        ObjectNode headers = out.putObject("headers");
        r.headers().forEach(headers::put);
        writeBody(out, r);
        return out;
    }

    /** Request ids are compared without regard to case, as Graph does. */
    private static String key(String id) {
        return id.toLowerCase(Locale.ROOT);
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
            if (byId.containsKey(key(id))) {
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
            byId.put(key(id), new SubRequest(id, method, url, headers, b, deps));
        }
        for (SubRequest s : byId.values()) {
            for (String d : s.dependsOn) {
                if (!byId.containsKey(key(d)) || d.equalsIgnoreCase(s.id)) {
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
            SubRequest next = pending.stream()
                    .filter(s -> s.dependsOn.stream().allMatch(d -> done.contains(key(d)))).findFirst()
                    .orElseThrow(() -> invalid("The dependsOn graph of the batch contains a cycle."));
            pending.remove(next);
            done.add(key(next.id));
            out.add(next);
        }
        return out;
    }

    private static StoreException invalid(String message) {
        return StoreException.badRequest("BadRequest", message);
    }
}
