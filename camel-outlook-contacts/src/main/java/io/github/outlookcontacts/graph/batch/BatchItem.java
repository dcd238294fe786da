package io.github.outlookcontacts.graph.batch;

import java.util.Objects;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One operation to run inside a JSON {@code $batch}: method, URL relative to the Graph root (built with
 * {@link io.github.outlookcontacts.graph.GraphPaths}), and an optional JSON body.
 */
public record BatchItem(String method, String url, JsonNode body) {

    public BatchItem {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(url, "url");
        if (!url.startsWith("/")) {
            throw new IllegalArgumentException("a batch URL must be relative to the Graph root: " + url);
        }
    }

    public static BatchItem get(String url) {
        return new BatchItem("GET", url, null);
    }

    public static BatchItem post(String url, JsonNode body) {
        return new BatchItem("POST", url, body);
    }

    public static BatchItem patch(String url, JsonNode body) {
        return new BatchItem("PATCH", url, body);
    }

    public static BatchItem delete(String url) {
        return new BatchItem("DELETE", url, null);
    }
}
