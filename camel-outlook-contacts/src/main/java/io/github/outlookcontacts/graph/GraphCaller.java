package io.github.outlookcontacts.graph;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.function.Function;

import io.github.outlookcontacts.auth.AuthenticationException;
import io.github.outlookcontacts.model.GraphJson;
import io.github.outlookcontacts.transport.HttpRequest;
import io.github.outlookcontacts.transport.HttpResponse;
import io.github.outlookcontacts.transport.HttpTransport;
import io.github.outlookcontacts.transport.RequestBody;
import io.github.outlookcontacts.transport.UrlRedactor;

/**
 * Sends requests through the transport and turns every failure into a {@link GraphException}: error statuses via
 * {@link GraphErrorMapper}, I/O failures as status 0, token failures as {@code AuthenticationFailed}.
 */
final class GraphCaller {

    static final String JSON = "application/json";

    private final HttpTransport transport;
    private final GraphErrorMapper errors = new GraphErrorMapper();

    GraphCaller(HttpTransport transport) {
        this.transport = transport;
    }

    /** A successful response (the caller closes it); any other status is thrown as a GraphException. */
    HttpResponse send(HttpRequest request) {
        HttpResponse response;
        try {
            response = transport.execute(request);
        } catch (InterruptedIOException e) {
            throw new GraphException(0, "Interrupted", "interrupted during " + describe(request), null, e);
        } catch (IOException e) {
            throw new GraphException(0, "IOError", describe(request) + " failed: " + e, null, e);
        } catch (AuthenticationException e) {
            throw new GraphException(0, "AuthenticationFailed", e.getMessage(), null, e);
        }
        if (!response.isSuccessful()) {
            throw errors.map(response);
        }
        return response;
    }

    /** Sends and reads the JSON body into {@code type}. */
    <T> T json(HttpRequest request, Class<T> type) {
        return read(request, response -> GraphJson.fromJson(response, type));
    }

    /** Sends and discards the body (204 No Content and the like). */
    void discard(HttpRequest request) {
        read(request, bytes -> null);
    }

    byte[] bytes(HttpRequest request) {
        return read(request, bytes -> bytes);
    }

    /** Reads the whole body and closes the response (freeing its mailbox slot) before the body is parsed. */
    private <T> T read(HttpRequest request, Function<byte[], T> reader) {
        byte[] body;
        int status;
        String requestId;
        try (HttpResponse response = send(request)) {
            status = response.status();
            requestId = response.header("request-id");
            try {
                body = response.bodyBytes();
            } catch (IOException e) {
                throw new GraphException(0, "IOError", "reading the answer to " + describe(request) + " failed: " + e,
                        null, e);
            }
        }
        try {
            return reader.apply(body);
        } catch (IllegalArgumentException e) {
            throw new GraphException(status, "InvalidResponse", "Graph's answer to " + describe(request)
                                                                + " could not be read: " + e.getMessage(),
                    requestId, e);
        }
    }

    static RequestBody jsonBody(Object value) {
        return RequestBody.of(GraphJson.toJsonBytes(value), JSON);
    }

    static String describe(HttpRequest request) {
        return request.method() + " " + UrlRedactor.redact(request.uri());
    }
}
