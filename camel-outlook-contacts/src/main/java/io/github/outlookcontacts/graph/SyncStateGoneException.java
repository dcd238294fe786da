package io.github.outlookcontacts.graph;

/**
 * The delta link expired or is unknown (410, syncStateNotFound, resyncRequired): restart the folder from a full round.
 */
public class SyncStateGoneException extends GraphException {

    public SyncStateGoneException(int status, String errorCode, String message, String requestId) {
        super(status, errorCode, message, requestId);
    }
}
