package io.github.outlookcontacts.auth;

/**
 * A token could not be obtained. Messages name the flow and the tenant/client, never a secret; the identity
 * platform's error code and HTTP status are kept when there was one.
 */
public class AuthenticationException extends RuntimeException {

    private final String errorCode;
    private final Integer httpStatus;

    public AuthenticationException(String message) {
        this(message, null, null, null);
    }

    public AuthenticationException(String message, Throwable cause) {
        this(message, null, null, cause);
    }

    public AuthenticationException(String message, String errorCode, Integer httpStatus, Throwable cause) {
        super(message, cause);
        this.errorCode = errorCode;
        this.httpStatus = httpStatus;
    }

    /** The identity platform's OAuth error ({@code invalid_client}, {@code invalid_grant}, ...), or null. */
    public String getErrorCode() {
        return errorCode;
    }

    /** The identity platform's HTTP status, or null when the call did not get an answer. */
    public Integer getHttpStatus() {
        return httpStatus;
    }
}
