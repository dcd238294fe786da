package io.github.outlookcontacts.graph;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One sub-response of a JSON {@code $batch}; header names are as Graph sent them, look them up ignoring case.
 */
public record BatchResponse(String id, int status, Map<String, String> headers, JsonNode body) {

    public boolean isSuccess() {
        return status >= 200 && status < 300;
    }

    public String header(String name) {
        if (headers == null) {
            return null;
        }
        for (Map.Entry<String, String> e : headers.entrySet()) {
            if (e.getKey().equalsIgnoreCase(name)) {
                return e.getValue();
            }
        }
        return null;
    }
}
