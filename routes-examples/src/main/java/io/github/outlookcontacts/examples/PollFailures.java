package io.github.outlookcontacts.examples;

import java.util.concurrent.atomic.AtomicInteger;

import org.apache.camel.Exchange;
import org.apache.camel.spi.ExceptionHandler;

/**
 * The sync consumer's exception handler in the demo: instead of a stack trace per failed poll (wrong credentials, no
 * network), it counts consecutive failures and keeps the last one, so the demo can stop with one line.
 */
final class PollFailures implements ExceptionHandler {

    /** Failed polls in a row after which the demo gives up. */
    static final int LIMIT = 3;

    private final AtomicInteger consecutive = new AtomicInteger();
    private volatile Throwable last;

    @Override
    public void handleException(Throwable exception) {
        handleException(null, null, exception);
    }

    @Override
    public void handleException(String message, Throwable exception) {
        handleException(message, null, exception);
    }

    @Override
    public void handleException(String message, Exchange exchange, Throwable exception) {
        last = exception;
        consecutive.incrementAndGet();
    }

    /** A poll got through: the failures before it were passing. */
    void pollSucceeded() {
        consecutive.set(0);
    }

    /** Fails when the sync keeps failing, naming the cause. */
    void requireWorking() {
        Throwable cause = last;
        if (consecutive.get() >= LIMIT && cause != null) {
            throw new IllegalStateException("the sync failed " + consecutive.get() + " times in a row: "
                                            + cause.getMessage());
        }
    }
}
