package io.github.outlookcontacts.auth;

/**
 * A token could not be obtained. Messages name the flow and the tenant/client, never a secret.
 */
public class AuthenticationException extends RuntimeException {

    public AuthenticationException(String message) {
        super(message);
    }

    public AuthenticationException(String message, Throwable cause) {
        super(message, cause);
    }
}
