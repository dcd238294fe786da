package io.github.outlookcontacts.emulator.http;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * An HTTP response produced by a handler; the server adds Graph's common headers (request-id, Date, ...).
 */
public final class ApiResponse {

    private final int status;
    private final Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    private final byte[] body;

    public ApiResponse(int status, byte[] body) {
        this.status = status;
        this.body = body == null ? new byte[0] : body;
    }

    public static ApiResponse json(int status, byte[] json) {
        return new ApiResponse(status, json).header("Content-Type", "application/json; odata.metadata=minimal");
    }

    public static ApiResponse json(int status, String json) {
        return json(status, json.getBytes(StandardCharsets.UTF_8));
    }

    public static ApiResponse empty(int status) {
        return new ApiResponse(status, null);
    }

    /** A Graph error body: {@code {"error":{"code":..,"message":..,"innerError":{...}}}}. */
    public static ApiResponse error(int status, String code, String message) {
        String json = "{\"error\":{\"code\":" + quote(code) + ",\"message\":" + quote(message) + "}}";
        return json(status, json);
    }

    public ApiResponse header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    public int status() {
        return status;
    }

    public Map<String, String> headers() {
        return Collections.unmodifiableMap(headers);
    }

    public byte[] body() {
        return body;
    }

    private static String quote(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }
}
