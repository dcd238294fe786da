package io.github.outlookcontacts.transport;

/**
 * A request was about to go to a host other than the Graph root's; it was not sent, so no token left.
 */
public class ForeignHostException extends RuntimeException {

    public ForeignHostException(String message) {
        super(message);
    }
}
