package io.github.outlookcontacts.graph;

/**
 * 404 ErrorItemNotFound (or any 404): the contact, folder or photo does not exist.
 */
public class GraphNotFoundException extends GraphException {

    public GraphNotFoundException(int status, String errorCode, String message, String requestId) {
        super(status, errorCode, message, requestId);
    }

    /** For not-found errors decided by the client (e.g. an unknown folder path): {@code message} is used as is. */
    protected GraphNotFoundException(String message, int status, String errorCode, String requestId) {
        super(message, status, errorCode, requestId, null);
    }
}
