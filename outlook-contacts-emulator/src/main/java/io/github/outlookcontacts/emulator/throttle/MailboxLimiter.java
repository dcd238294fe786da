package io.github.outlookcontacts.emulator.throttle;

import java.util.ArrayDeque;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The in-flight count and the request budget of one (app, mailbox). The budget's window slides, as Graph documents
 * it ("10,000 API requests in a 10 minute period"): a request is refused while the window before it already holds
 * the budget, wherever a client's own windows start, so bursts at the edges of fixed windows are refused too.
 */
final class MailboxLimiter {

    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger maxObserved = new AtomicInteger();
    /** When each request still in the window was admitted, oldest first (at most the budget's size). */
    private final ArrayDeque<Long> admitted = new ArrayDeque<>();

    /** Takes one unit of budget; returns 0 when granted, else the seconds until one frees up (at least 1). */
    synchronized long takeBudget(ThrottleSettings settings) {
        if (settings.requestBudget() == Integer.MAX_VALUE) {
            return 0; // no budget: nothing to remember
        }
        long now = System.nanoTime();
        long windowNanos = settings.window().toNanos();
        while (!admitted.isEmpty() && now - admitted.peekFirst() >= windowNanos) {
            admitted.pollFirst();
        }
        while (admitted.size() > settings.requestBudget()) {
            admitted.pollFirst(); // the budget was lowered at run time
        }
        if (admitted.size() >= settings.requestBudget()) {
            long leftNanos = windowNanos - (now - admitted.peekFirst());
            return Math.max(1, (leftNanos + 999_999_999L) / 1_000_000_000L);
        }
        admitted.addLast(now);
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
        admitted.clear();
    }
}
