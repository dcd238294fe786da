package io.github.outlookcontacts.graph;

/**
 * An error answered by Microsoft Graph (or a failure to reach it): HTTP status, Graph's error code and message, and
 * the request id to quote to Microsoft support. Status 0 means no HTTP answer was received.
 */
public class GraphException extends RuntimeException {

    private final int status;
    private final String errorCode;
    private final String requestId;

    public GraphException(int status, String errorCode, String message, String requestId) {
        this(status, errorCode, message, requestId, null);
    }

    public GraphException(int status, String errorCode, String message, String requestId, Throwable cause) {
        super(format(status, errorCode, message, requestId), cause);
        this.status = status;
        this.errorCode = errorCode;
        this.requestId = requestId;
    }

    /** For errors decided by the client itself (not answered by Graph): {@code message} is used as it is. */
    protected GraphException(String message, int status, String errorCode, String requestId, Throwable cause) {
        super(message, cause);
        this.status = status;
        this.errorCode = errorCode;
        this.requestId = requestId;
    }

    public int getStatus() {
        return status;
    }

    public String getErrorCode() {
        return errorCode;
    }

    public String getRequestId() {
        return requestId;
    }

    private static String format(int status, String code, String message, String requestId) {
        StringBuilder sb = new StringBuilder("Microsoft Graph ");
        sb.append(status == 0 ? "request failed" : "answered HTTP " + status);
        if (code != null) {
            sb.append(" ").append(code);
        }
        if (message != null) {
            sb.append(": ").append(message);
        }
        if (requestId != null) {
            sb.append(" (request-id ").append(requestId).append(")");
        }
        return sb.toString();
    }
}
