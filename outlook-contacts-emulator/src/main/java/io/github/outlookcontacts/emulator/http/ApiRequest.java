package io.github.outlookcontacts.emulator.http;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * An HTTP request as the emulator's handlers see it.
 *
 * @param method    upper-case method
 * @param rawPath   the path exactly as sent, still percent-encoded (split on '/' before decoding segments)
 * @param rawQuery  the query string as sent, without '?', or null
 * @param headers   header values by name, case-insensitive
 * @param body      the request body (empty, never null)
 * @param principal the caller, or null before authentication
 */
public record ApiRequest(String method, String rawPath, String rawQuery, Map<String, List<String>> headers,
        byte[] body, Principal principal) {

    public ApiRequest {
        TreeMap<String, List<String>> ci = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        if (headers != null) {
            ci.putAll(headers);
        }
        headers = Collections.unmodifiableMap(ci);
        body = body == null ? new byte[0] : body;
    }

    public String header(String name) {
        List<String> values = headers.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    /** Query parameters, decoded, in order; a repeated name keeps its first value. */
    public Map<String, String> query() {
        Map<String, String> out = new LinkedHashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return out;
        }
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            out.putIfAbsent(name, value);
        }
        return out;
    }

    public ApiRequest withPrincipal(Principal newPrincipal) {
        return new ApiRequest(method, rawPath, rawQuery, headers, body, newPrincipal);
    }

    private static String decode(String s) {
        return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
    }
}
