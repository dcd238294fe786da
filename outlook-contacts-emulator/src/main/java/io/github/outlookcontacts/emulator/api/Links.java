package io.github.outlookcontacts.emulator.api;

import io.github.outlookcontacts.emulator.http.ApiRequest;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Absolute links: the service root the platform announces, and query rewriting for paging links. */
final class Links {

    /** Set by the platform on every request: the absolute service root, e.g. {@code http://127.0.0.1:8080/v1.0}. */
    static final String BASE_URL_HEADER = "X-Emulator-Base-Url";

    private Links() {
    }

    /** The service root for links: the platform's header, else {@code http://{Host}/v1.0}. */
    static String baseUrl(ApiRequest request) {
        String base = request.header(BASE_URL_HEADER);
        if (base == null || base.isBlank()) {
            String host = request.header("Host");
            base = "http://" + (host == null || host.isBlank() ? "127.0.0.1" : host) + "/v1.0";
        }
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    /** The raw query without the named options ({@code $skip} also matches {@code %24skip} and {@code skip}). */
    static String without(String rawQuery, String... names) {
        List<String> kept = new ArrayList<>();
        if (rawQuery != null) {
            for (String pair : rawQuery.split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                if (!matches(name, names)) {
                    kept.add(pair);
                }
            }
        }
        return String.join("&", kept);
    }

    static String append(String rawQuery, String pair) {
        return rawQuery == null || rawQuery.isEmpty() ? pair : rawQuery + "&" + pair;
    }

    static String encodeQueryValue(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static boolean matches(String name, String[] names) {
        for (String n : names) {
            if (name.equalsIgnoreCase(n) || name.equalsIgnoreCase(n.substring(1))) {
                return true;
            }
        }
        return false;
    }
}
