package io.github.outlookcontacts.emulator.throttle;

import java.util.concurrent.atomic.AtomicInteger;

/** The in-flight count and the fixed-window request budget of one (app, mailbox). */
final class MailboxLimiter {

    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger maxObserved = new AtomicInteger();
    private long windowStartNanos = System.nanoTime();
    private int usedInWindow;

    /** Takes one unit of budget; returns 0 when granted, else the seconds until the window resets (at least 1). */
    synchronized long takeBudget(ThrottleSettings settings) {
        long now = System.nanoTime();
        long windowNanos = settings.window().toNanos();
        if (now - windowStartNanos >= windowNanos) {
            windowStartNanos = now;
            usedInWindow = 0;
        }
        if (usedInWindow >= settings.requestBudget()) {
            long leftNanos = windowNanos - (now - windowStartNanos);
            return Math.max(1, (leftNanos + 999_999_999L) / 1_000_000_000L);
        }
        usedInWindow++;
        return 0;
    }

    /** Counts the request in; true if it is within the limit (when false the caller must not {@link #exit()}). */
    boolean enter(int limit) {
        int now = inFlight.incrementAndGet();
        // Record what the client attempted, so tests can check the client itself stays within the limit.
        maxObserved.accumulateAndGet(now, Math::max);
        if (now > limit) {
            inFlight.decrementAndGet();
            return false;
        }
        return true;
    }

    void exit() {
        inFlight.decrementAndGet();
    }

    int maxObserved() {
        return maxObserved.get();
    }

    synchronized void resetCounters() {
        maxObserved.set(inFlight.get());
    }

    synchronized void resetBudget() {
        windowStartNanos = System.nanoTime();
        usedInWindow = 0;
    }
}
