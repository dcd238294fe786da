package io.github.outlookcontacts.transport;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.TimeUnit;

/**
 * One mailbox's request budget: at most {@code limit} requests in any stretch of {@code window} (Outlook: 10,000 per
 * 10 minutes per app and mailbox, every {@code $batch} sub-request counted), and the pause the server asked for with
 * a Retry-After, which holds back every sender of the mailbox. Senders are served in arrival order, so a
 * {@code $batch} that needs 20 units is not overtaken forever by single requests. Thread-safe.
 *
 * <p>The window slides: units are counted in {@value #BUCKETS} buckets of {@code window / BUCKETS}, and a unit stays
 * counted until one bucket more than the window has passed after its bucket ended. A unit is counted from when its
 * request is sent, and once the answer is in it is counted again from then ({@link #settle}): the server admitted
 * the request somewhere in between, so whatever the latency, and however the sub-requests of a {@code $batch} are
 * spread over its duration, every unit the server still counts in its window (fixed or sliding, wherever it starts)
 * is still counted here. The memory is fixed, whatever the traffic.
 */
final class RequestBudget {

    /** Buckets per window: the resolution of the sliding window and its safety margin (1% of it). */
    static final int BUCKETS = 100;
    /** A unit counts in its own bucket, the window's buckets and one bucket of margin. */
    private static final int LIVE_BUCKETS = BUCKETS + 2;

    private final int limit;
    private final long bucketNanos;
    private final long epoch = System.nanoTime();
    private final int[] counts = new int[LIVE_BUCKETS];
    /** The bucket number the oldest live slot holds; slots of older buckets have been emptied. */
    private long oldestBucket;
    private int used;
    private long pausedUntil = epoch;
    private final Deque<Object> queue = new ArrayDeque<>();

    /**
     * @param limit  units per window; 0 for no limit (the server's pauses still hold senders back)
     * @param window the sliding window (positive when {@code limit} is)
     */
    RequestBudget(int limit, Duration window) {
        if (limit < 0) {
            throw new IllegalArgumentException("requestBudget must be 0 (no budget) or more, was " + limit);
        }
        if (limit > 0 && (window == null || window.isNegative() || window.isZero())) {
            throw new IllegalArgumentException("requestBudgetWindow must be positive, was " + window);
        }
        this.limit = limit;
        this.bucketNanos = limit == 0 ? 1 : Math.max(1, window.toNanos() / BUCKETS);
    }

    /**
     * Waits until {@code units} more requests fit in the window and no pause is running, in arrival order, and counts
     * them as sent now. More units than the whole budget take the whole budget.
     *
     * @return the stamp to {@link #settle} the units with once the answer is in
     */
    long take(int units) throws InterruptedException {
        Object ticket = new Object();
        synchronized (this) {
            queue.addLast(ticket);
            try {
                while (true) {
                    long now = System.nanoTime();
                    long wait = queue.peekFirst() == ticket ? waitNanos(Math.min(units, limitOrMax()), now)
                            : Long.MAX_VALUE;
                    if (wait <= 0) {
                        return record(Math.min(units, limitOrMax()), now);
                    }
                    if (wait == Long.MAX_VALUE) {
                        wait();
                    } else {
                        TimeUnit.NANOSECONDS.timedWait(this, wait);
                    }
                }
            } finally {
                queue.remove(ticket);
                notifyAll();
            }
        }
    }

    /**
     * The answer to the request that took {@code units} with {@code stamp} is in (or it failed): its units count
     * from now, since the server may have admitted it at any time until now.
     */
    synchronized void settle(long stamp, int units) {
        if (limit == 0) {
            return;
        }
        int taken = Math.min(units, limit);
        long current = bucket(System.nanoTime());
        expire(current);
        if (stamp >= oldestBucket) {
            counts[slot(stamp)] -= taken;
            used -= taken;
        }
        counts[slot(current)] += taken;
        used += taken;
        if (stamp != current) {
            notifyAll(); // the head may now have to wait longer; it recomputes
        }
    }

    /** No sender passes before {@code wait} from now (a shorter pause than one already set changes nothing). */
    synchronized void pause(Duration wait) {
        long until = System.nanoTime() + wait.toNanos();
        if (until - pausedUntil > 0) {
            pausedUntil = until;
            notifyAll();
        }
    }

    /** Units counted in the current window (for tests and health). */
    synchronized int used() {
        expire(bucket(System.nanoTime()));
        return used;
    }

    private int limitOrMax() {
        return limit == 0 ? Integer.MAX_VALUE : limit;
    }

    private long waitNanos(int units, long now) {
        long paused = pausedUntil - now;
        if (limit == 0) {
            return paused;
        }
        long current = bucket(now);
        expire(current);
        if (used + units <= limit) {
            return paused;
        }
        // The earliest time enough of the oldest buckets have left the window.
        int freed = 0;
        for (long b = oldestBucket; b <= current; b++) {
            freed += counts[slot(b)];
            if (used - freed + units <= limit) {
                long free = epoch + (b + LIVE_BUCKETS) * bucketNanos - now;
                return Math.max(paused, Math.max(1, free));
            }
        }
        throw new IllegalStateException("units " + units + " exceed the budget " + limit);
    }

    private long record(int units, long now) {
        long current = bucket(now);
        if (limit == 0) {
            return current;
        }
        expire(current);
        counts[slot(current)] += units;
        used += units;
        return current;
    }

    /** Empties the slots of buckets that left the window, making {@code current} the newest live bucket. */
    private void expire(long current) {
        long oldestLive = current - LIVE_BUCKETS + 1;
        for (long b = oldestBucket; b < oldestLive && b <= oldestBucket + LIVE_BUCKETS; b++) {
            used -= counts[slot(b)];
            counts[slot(b)] = 0;
        }
        oldestBucket = Math.max(oldestBucket, oldestLive);
    }

    private long bucket(long now) {
        return (now - epoch) / bucketNanos;
    }

    private static int slot(long bucket) {
        return (int) (bucket % LIVE_BUCKETS);
    }
}
