package io.github.outlookcontacts.emulator.store;

/** A failure the API answers with a Graph error body: HTTP status, Graph error code and message. */
public class StoreException extends RuntimeException {

    private final int status;
    private final String code;

    public StoreException(int status, String code, String message) {
        super(message);
        this.status = status;
        this.code = code;
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public static StoreException notFound() {
        return new StoreException(404, "ErrorItemNotFound", "The specified object was not found in the store.");
    }

    public static StoreException badRequest(String code, String message) {
        return new StoreException(400, code, message);
    }

    public static StoreException changeKeyMismatch() {
        return new StoreException(412, "ErrorIrresolvableConflict",
                "The send or update operation could not be performed because the change key passed in the request"
                        + " does not match the current change key for the item.");
    }
}
