package io.github.outlookcontacts.auth;

/**
 * Stands in for an exception from msal4j (or below it) in a cause chain: same class name, message and stack trace,
 * with secrets removed, so that logging the chain cannot print what msal4j may have echoed.
 */
final class RedactedException extends RuntimeException {

    private static final int MAX_DEPTH = 8;

    private RedactedException(String message, Throwable cause) {
        super(message, cause);
    }

    static RedactedException of(Throwable error, SecretRedactor redactor) {
        return of(error, redactor, 0);
    }

    private static RedactedException of(Throwable error, SecretRedactor redactor, int depth) {
        Throwable cause = error.getCause();
        RedactedException redactedCause = cause == null || cause == error || depth >= MAX_DEPTH ? null
                : of(cause, redactor, depth + 1);
        RedactedException copy = new RedactedException(error.getClass().getName() + ": "
                + redactor.redact(String.valueOf(error.getMessage())), redactedCause);
        copy.setStackTrace(error.getStackTrace());
        return copy;
    }

    @Override
    public String toString() {
        // The message already starts with the original class name.
        return getMessage();
    }
}
