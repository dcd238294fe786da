package io.github.outlookcontacts.graph;

/**
 * 429/503/504 still answered after every retry allowed by maxRetries.
 */
public class GraphThrottledException extends GraphException {

    public GraphThrottledException(int status, String errorCode, String message, String requestId) {
        super(status, errorCode, message, requestId);
    }
}
