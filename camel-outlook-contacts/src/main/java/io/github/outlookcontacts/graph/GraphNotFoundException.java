package io.github.outlookcontacts.graph;

/**
 * 404 ErrorItemNotFound (or any 404): the contact, folder or photo does not exist.
 */
public class GraphNotFoundException extends GraphException {

    public GraphNotFoundException(int status, String errorCode, String message, String requestId) {
        super(status, errorCode, message, requestId);
    }
}
