package io.github.outlookcontacts.graph.batch;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.outlookcontacts.graph.GraphException;

/**
 * What happened to one {@link BatchItem}: its position in the input, and either the HTTP status and JSON body of a
 * success, or the Graph error (status, code, message, request id) of a failure.
 */
public final class BatchOutcome {

    private final int index;
    private final int status;
    private final JsonNode body;
    private final GraphException error;

    private BatchOutcome(int index, int status, JsonNode body, GraphException error) {
        this.index = index;
        this.status = status;
        this.body = body;
        this.error = error;
    }

    public static BatchOutcome success(int index, int status, JsonNode body) {
        return new BatchOutcome(index, status, body, null);
    }

    public static BatchOutcome failure(int index, GraphException error) {
        return new BatchOutcome(index, error.getStatus(), null, error);
    }

    /** The item's position in the list given to {@link BatchExecutor#execute}. */
    public int index() {
        return index;
    }

    public boolean isSuccess() {
        return error == null;
    }

    /** The HTTP status of the sub-response (0 if none was received). */
    public int status() {
        return status;
    }

    /** The JSON body of a successful sub-response, or null (e.g. 204). */
    public JsonNode body() {
        return body;
    }

    /** The error of a failed item, or null. */
    public GraphException error() {
        return error;
    }

    @Override
    public String toString() {
        return "BatchOutcome[" + index + ", " + (isSuccess() ? "status=" + status : error.getMessage()) + "]";
    }
}
