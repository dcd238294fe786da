package io.github.outlookcontacts.transport;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * An immutable HTTP request. {@code streaming} asks for the success body as a live stream (delta and list pages,
 * photos); otherwise the body is read completely inside the transport, so a dropped or truncated response is still
 * retried before any caller sees it.
 */
public final class HttpRequest {

    private static final Set<String> IDEMPOTENT = Set.of("GET", "HEAD", "OPTIONS", "PUT", "DELETE");

    private final String method;
    private final URI uri;
    private final HttpHeaders headers;
    private final RequestBody body;
    private final boolean streaming;
    private final RetryPolicy.Attempts attempts;
    private final List<String> batched;

    private HttpRequest(String method, URI uri, HttpHeaders headers, RequestBody body, boolean streaming,
                        RetryPolicy.Attempts attempts, List<String> batched) {
        this.method = method.toUpperCase(Locale.ROOT);
        this.uri = Objects.requireNonNull(uri, "uri");
        this.headers = Objects.requireNonNull(headers, "headers");
        this.body = body;
        this.streaming = streaming;
        this.attempts = attempts;
        this.batched = batched;
    }

    public static HttpRequest get(URI uri) {
        return new HttpRequest("GET", uri, HttpHeaders.EMPTY, null, false, null, List.of());
    }

    public static HttpRequest of(String method, URI uri, RequestBody body) {
        return new HttpRequest(Objects.requireNonNull(method, "method"), uri, HttpHeaders.EMPTY, body, false, null,
                List.of());
    }

    public String method() {
        return method;
    }

    public URI uri() {
        return uri;
    }

    public HttpHeaders headers() {
        return headers;
    }

    public String header(String name) {
        return headers.first(name);
    }

    /** The body, or null. */
    public RequestBody body() {
        return body;
    }

    public boolean isStreaming() {
        return streaming;
    }

    /** True when sending the request twice has the effect of sending it once (RFC 9110 §9.2.2). */
    public boolean isIdempotent() {
        return IDEMPOTENT.contains(method);
    }

    /** True when the request can be sent again: it has no body or a replayable one. */
    public boolean isReplayable() {
        return body == null || body.isReplayable();
    }

    public HttpRequest withHeader(String name, String value) {
        return new HttpRequest(method, uri, headers.with(name, value), body, streaming, attempts, batched);
    }

    public HttpRequest withoutHeader(String name) {
        return new HttpRequest(method, uri, headers.without(name), body, streaming, attempts, batched);
    }

    public HttpRequest withHeaders(HttpHeaders newHeaders) {
        return new HttpRequest(method, uri, newHeaders, body, streaming, attempts, batched);
    }

    public HttpRequest streaming() {
        return new HttpRequest(method, uri, headers, body, true, attempts, batched);
    }

    /**
     * The attempt count this request shares with the layer that sends it (a {@code $batch} whose throttled
     * sub-requests are sent again), or null: the transport then counts this request's attempts on its own.
     */
    public RetryPolicy.Attempts attempts() {
        return attempts;
    }

    /** The same request, counting its attempts in {@code shared} (kiota-style per-request retry option). */
    public HttpRequest countingAttemptsIn(RetryPolicy.Attempts shared) {
        return new HttpRequest(method, uri, headers, body, streaming, Objects.requireNonNull(shared, "shared"),
                batched);
    }

    /**
     * The paths (relative to the Graph root, as in a {@code $batch} body) of the sub-requests this envelope carries;
     * empty for a request that is not a {@code $batch}. The transport counts each of them against its mailbox's
     * request budget, as Graph does.
     */
    public List<String> batched() {
        return batched;
    }

    /** The same request, a {@code $batch} envelope carrying sub-requests to these paths (relative to the root). */
    public HttpRequest batchOf(List<String> subRequestPaths) {
        return new HttpRequest(method, uri, headers, body, streaming, attempts, List.copyOf(subRequestPaths));
    }

    @Override
    public String toString() {
        return method + " " + UrlRedactor.redact(uri);
    }
}
