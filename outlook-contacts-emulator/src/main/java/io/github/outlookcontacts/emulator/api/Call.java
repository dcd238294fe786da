package io.github.outlookcontacts.emulator.api;

import io.github.outlookcontacts.emulator.http.ApiRequest;
import io.github.outlookcontacts.emulator.http.ApiResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * One resolved API call: the request, the mailbox user, the absolute base URL for links and the request path below
 * the version (as sent, still encoded).
 */
record Call(ApiRequest request, String user, String baseUrl, String relativePath) {

    static String baseUrl(ApiRequest request) {
        String configured = request.header("X-Emulator-Base-Url");
        if (configured != null && !configured.isBlank()) {
            return configured.endsWith("/") ? configured.substring(0, configured.length() - 1) : configured;
        }
        String host = request.header("Host");
        return "http://" + (host == null ? "localhost" : host) + "/v1.0";
    }

    String method() {
        return request.method();
    }

    /** The absolute URL of this resource path. */
    String selfUrl() {
        return baseUrl + relativePath;
    }

    String context(String fragment) {
        return baseUrl + "/$metadata#users('" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "')/" + fragment;
    }

    static ApiResponse methodNotAllowed() {
        return ApiResponse.error(405, "ErrorInvalidRequest", "The OData request is not supported.");
    }
}
