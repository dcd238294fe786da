package io.github.outlookcontacts.graph;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One sub-request of a JSON {@code $batch}: {@code url} is relative to the Graph root (e.g. {@code /me/contacts}).
 */
public record BatchRequest(String id, String method, String url, Map<String, String> headers, JsonNode body,
        List<String> dependsOn) {
}
