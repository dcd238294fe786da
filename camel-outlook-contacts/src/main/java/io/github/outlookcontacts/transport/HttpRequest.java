package io.github.outlookcontacts.transport;

import java.net.URI;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * An immutable HTTP request. A {@code body} of null sends none; bodies are byte arrays, so every request can be
 * replayed by the retry and authorization steps.
 *
 * @param streaming true when the caller reads the response body as a stream (delta pages); otherwise the body is read
 *                  whole inside the chain, so a truncated body is retried like any other I/O error
 */
public record HttpRequest(String method, URI uri, Map<String, String> headers, byte[] body, String contentType,
        boolean streaming) {

    public HttpRequest {
        TreeMap<String, String> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        if (headers != null) {
            copy.putAll(headers);
        }
        headers = Collections.unmodifiableMap(copy);
    }

    public static HttpRequest get(URI uri) {
        return new HttpRequest("GET", uri, Map.of(), null, null, false);
    }

    public HttpRequest withHeader(String name, String value) {
        TreeMap<String, String> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        copy.putAll(headers);
        copy.put(name, value);
        return new HttpRequest(method, uri, copy, body, contentType, streaming);
    }

    public HttpRequest withBody(byte[] newBody, String newContentType) {
        return new HttpRequest(method, uri, headers, newBody, newContentType, streaming);
    }

    public HttpRequest streamingResponse() {
        return new HttpRequest(method, uri, headers, body, contentType, true);
    }

    public String header(String name) {
        return headers.get(name);
    }
}
