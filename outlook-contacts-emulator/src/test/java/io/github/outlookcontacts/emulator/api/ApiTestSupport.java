package io.github.outlookcontacts.emulator.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.outlookcontacts.emulator.http.ApiRequest;
import io.github.outlookcontacts.emulator.http.ApiResponse;
import io.github.outlookcontacts.emulator.http.Principal;
import io.github.outlookcontacts.emulator.store.ContactStore;
import io.github.outlookcontacts.emulator.store.Json;
import io.github.outlookcontacts.emulator.store.StoreOptions;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Drives {@link GraphApi#handle} directly, like the HTTP server does. */
abstract class ApiTestSupport {

    static final String BASE = "http://127.0.0.1:9999/v1.0";
    static final String ME = Principal.DEFAULT_USER;

    ContactStore store = new ContactStore(StoreOptions.defaults());
    GraphApi api = new GraphApi(store);

    record Res(int status, Map<String, String> headers, byte[] body) {
        static Res of(ApiResponse r) {
            return new Res(r.status(), r.headers(), r.body());
        }

        JsonNode json() {
            try {
                return Json.MAPPER.readTree(body);
            } catch (java.io.IOException e) {
                throw new AssertionError(new String(body, StandardCharsets.UTF_8), e);
            }
        }

        String errorCode() {
            return json().path("error").path("code").asText();
        }

        String errorMessage() {
            return json().path("error").path("message").asText();
        }
    }

    Res call(String method, String pathAndQuery, String body, Map<String, String> headers) {
        return call(method, pathAndQuery, body == null ? null : body.getBytes(StandardCharsets.UTF_8), headers);
    }

    Res call(String method, String pathAndQuery, byte[] body, Map<String, String> headers) {
        String target = pathAndQuery.startsWith("http") ? URI.create(pathAndQuery).getRawPath()
                + (URI.create(pathAndQuery).getRawQuery() == null ? "" : "?" + URI.create(pathAndQuery)
                        .getRawQuery()) : pathAndQuery;
        int q = target.indexOf('?');
        Map<String, List<String>> h = new HashMap<>();
        h.put("X-Emulator-Base-Url", List.of(BASE));
        if (body != null) {
            h.put("Content-Type", List.of("application/json"));
        }
        headers.forEach((k, v) -> h.put(k, List.of(v)));
        ApiRequest req = new ApiRequest(method, q < 0 ? target : target.substring(0, q), q < 0 ? null
                : target.substring(q + 1), h, body, null);
        ApiResponse r = api.handle(req);
        return new Res(r.status(), r.headers(), r.body());
    }

    Res get(String path) {
        return call("GET", path, (String) null, Map.of());
    }

    Res post(String path, String json) {
        return call("POST", path, json, Map.of());
    }

    Res patch(String path, String json) {
        return call("PATCH", path, json, Map.of());
    }

    Res delete(String path) {
        return call("DELETE", path, (String) null, Map.of());
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
