package io.github.outlookcontacts.reliability;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/** Runs a {@link ContactChurn} on its own thread, one change every {@code pauseMillis}, until closed. */
final class BackgroundChurn implements AutoCloseable {

    private final AtomicBoolean running = new AtomicBoolean(true);
    private final AtomicReference<RuntimeException> failure = new AtomicReference<>();
    private final Thread thread;

    BackgroundChurn(ContactChurn churn, long pauseMillis) {
        thread = new Thread(() -> {
            try {
                while (running.get()) {
                    churn.step();
                    Thread.sleep(pauseMillis);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException e) {
                failure.set(e);
            }
        }, "reliability-churn");
        thread.setDaemon(true);
        thread.start();
    }

    /** Stops the churn and rethrows what broke it, if anything did. */
    @Override
    public void close() throws InterruptedException {
        running.set(false);
        thread.join(10_000);
        if (failure.get() != null) {
            throw failure.get();
        }
    }
}
