package io.github.outlookcontacts.graph;

/**
 * 412 ErrorIrresolvableConflict: the etag sent as If-Match is stale; re-read the contact and retry.
 */
public class GraphConflictException extends GraphException {

    public GraphConflictException(int status, String errorCode, String message, String requestId) {
        super(status, errorCode, message, requestId);
    }
}
