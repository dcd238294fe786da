package io.github.outlookcontacts.graph;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.URI;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.outlookcontacts.model.GraphJson;
import io.github.outlookcontacts.transport.ForeignHostException;
import io.github.outlookcontacts.transport.HttpRequest;
import io.github.outlookcontacts.transport.HttpResponse;
import io.github.outlookcontacts.transport.HttpTransport;
import io.github.outlookcontacts.transport.Redaction;

/**
 * Sends requests and turns every failure into a {@link GraphException}: error statuses through
 * {@link GraphErrorMapper}, I/O errors as status 0, a foreign host as {@link UntrustedLinkException}.
 */
final class GraphHttp implements AutoCloseable {

    private static final String JSON = "application/json";

    private final HttpTransport transport;
    private final String base;

    GraphHttp(HttpTransport transport, String baseUrl) {
        this.transport = transport;
        this.base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** An absolute URI for a path relative to the Graph root (already encoded) and an encoded query, or null. */
    URI uri(String path, String query) {
        return URI.create(base + path + (query == null || query.isEmpty() ? "" : "?" + query));
    }

    String base() {
        return base;
    }

    /** Sends a request and answers the successful response (caller closes it); errors become exceptions. */
    HttpResponse send(HttpRequest request) {
        HttpResponse response;
        try {
            response = transport.execute(request);
        } catch (ForeignHostException e) {
            throw new UntrustedLinkException(e.getMessage());
        } catch (InterruptedIOException e) {
            throw new GraphException(0, "Interrupted", request.method() + " " + Redaction.url(request.uri())
                                                       + " was interrupted", null, e);
        } catch (IOException e) {
            throw new GraphException(0, "TransportError", request.method() + " " + Redaction.url(request.uri())
                                                          + " failed: " + e, null, e);
        }
        if (response.isSuccess()) {
            return response;
        }
        try (response) {
            throw GraphErrorMapper.toException(response);
        }
    }

    <T> T json(String method, URI uri, Object body, Map<String, String> headers, Class<T> type) {
        HttpRequest request = new HttpRequest(method, uri, headers, body == null ? null : GraphJson.toJsonBytes(body),
                body == null ? null : JSON, false);
        try (HttpResponse response = send(request)) {
            byte[] bytes = response.bodyBytes();
            if (type == Void.class || bytes.length == 0) {
                return null;
            }
            return type == JsonNode.class ? type.cast(GraphJson.mapper().readTree(bytes))
                    : GraphJson.mapper().readValue(bytes, type);
        } catch (IOException e) {
            throw new GraphException(0, "InvalidResponse", "unreadable response to " + method + " "
                                                           + Redaction.url(uri) + ": " + e.getMessage(), null, e);
        }
    }

    byte[] bytes(URI uri) {
        try (HttpResponse response = send(HttpRequest.get(uri))) {
            return response.bodyBytes();
        } catch (IOException e) {
            throw new GraphException(0, "TransportError", "reading " + Redaction.url(uri) + " failed: " + e, null, e);
        }
    }

    void put(URI uri, byte[] body, String contentType) {
        send(new HttpRequest("PUT", uri, Map.of(), body, contentType, false)).close();
    }

    @Override
    public void close() {
        transport.close();
    }
}
