package io.github.outlookcontacts.transport;

import java.time.Duration;

/**
 * Holds back every sender of one job while the server has asked for a pause: once one of them is throttled with a
 * wait, the others do not spend the mailbox's request budget on requests that would only be throttled too (and, on
 * Outlook, extend the penalty). Thread-safe.
 */
public final class ThrottleGate {

    private final RetryPolicy policy;
    private long openAtNanos = System.nanoTime();

    public ThrottleGate(RetryPolicy policy) {
        this.policy = policy;
    }

    /** No sender passes before {@code wait} from now (a shorter pause than one already set changes nothing). */
    public synchronized void closeFor(Duration wait) {
        openAtNanos = Math.max(openAtNanos, System.nanoTime() + wait.toNanos());
    }

    /**
     * Waits until the gate is open (one wait for the pause it finds, then one more for each extension made
     * meanwhile); throws if the thread is interrupted.
     */
    public void awaitOpen() throws InterruptedException {
        long target;
        synchronized (this) {
            target = openAtNanos;
        }
        long left = target - System.nanoTime();
        while (left > 0) {
            policy.sleep(Duration.ofNanos(left));
            synchronized (this) {
                left = openAtNanos - target;
                target = openAtNanos;
            }
        }
    }
}
