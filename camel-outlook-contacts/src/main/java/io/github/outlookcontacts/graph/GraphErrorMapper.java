package io.github.outlookcontacts.graph;

import java.io.IOException;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.outlookcontacts.model.GraphJson;
import io.github.outlookcontacts.transport.HttpResponse;

/**
 * Turns a Graph error response into the matching {@link GraphException}.
 */
final class GraphErrorMapper {

    private GraphErrorMapper() {
    }

    static GraphException toException(HttpResponse response) {
        String code = null;
        String message = null;
        try {
            JsonNode error = GraphJson.mapper().readTree(response.bodyBytes()).path("error");
            code = textOrNull(error.path("code"));
            message = textOrNull(error.path("message"));
        } catch (IOException | RuntimeException unreadable) {
            // keep status only
        }
        return toException(response.status(), code, message, response.header("request-id"));
    }

    static GraphException toException(int status, String code, String message, String requestId) {
        String lower = code == null ? "" : code.toLowerCase(Locale.ROOT);
        if (status == 410 || lower.equals("syncstatenotfound") || lower.equals("resyncrequired")) {
            return new SyncStateGoneException(status, code, message, requestId);
        }
        if (status == 404) {
            return new GraphNotFoundException(status, code, message, requestId);
        }
        if (status == 412) {
            return new GraphConflictException(status, code,
                    "concurrency conflict: the contact changed since the etag sent as If-Match was read; re-read it"
                                                           + " and retry" + (message == null ? "" : " (" + message + ")"),
                    requestId);
        }
        if (status == 429 || status == 503 || status == 504) {
            return new GraphThrottledException(status, code, message, requestId);
        }
        return new GraphException(status, code, message, requestId);
    }

    private static String textOrNull(JsonNode node) {
        return node.isTextual() ? node.asText() : null;
    }
}
