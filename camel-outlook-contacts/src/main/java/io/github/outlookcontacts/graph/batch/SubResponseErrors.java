package io.github.outlookcontacts.graph.batch;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.outlookcontacts.graph.BatchResponse;
import io.github.outlookcontacts.graph.GraphConflictException;
import io.github.outlookcontacts.graph.GraphException;
import io.github.outlookcontacts.graph.GraphNotFoundException;
import io.github.outlookcontacts.graph.GraphThrottledException;

/**
 * Turns a failed {@code $batch} sub-response into the same exception type a direct request would have raised.
 */
final class SubResponseErrors {

    private SubResponseErrors() {
    }

    static GraphException from(BatchResponse response) {
        JsonNode error = response.body() == null ? null : response.body().path("error");
        String code = text(error, "code");
        String message = text(error, "message");
        String requestId = response.header("request-id");
        if (requestId == null && error != null) {
            requestId = text(error.path("innerError"), "request-id");
        }
        int status = response.status();
        if (status == 404) {
            return new GraphNotFoundException(status, code, message, requestId);
        }
        if (status == 412) {
            return new GraphConflictException(status, code, message, requestId);
        }
        if (status == 429 || status == 503 || status == 504) {
            return new GraphThrottledException(status, code, message, requestId);
        }
        return new GraphException(status, code, message, requestId);
    }

    private static String text(JsonNode node, String field) {
        if (node == null) {
            return null;
        }
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
